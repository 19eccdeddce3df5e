package io.igbridge.inbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import io.igbridge.outbox.OutboxWriter;
import io.igbridge.outbox.SendDirectMessage;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an agent does with a conversation: hand it to the team by hand, take it, reply (through the outbox, inside
 * Meta's windows), write an internal note, close it, hand it back to the bot, mark it read. A request that can't be done is refused with an
 * {@link AgentRefusal} saying why.
 */
@Service
public class ConversationActions {

    static final int MAX_TEXT = 1_000;

    private final Conversations conversations;
    private final MessagingWindows windows;
    private final OutboxWriter outbox;
    private final JdbcTemplate jdbc;
    private final InboxProperties settings;
    private final Clock clock;
    private final Escalations escalations;

    ConversationActions(Conversations conversations, MessagingWindows windows, OutboxWriter outbox, JdbcTemplate jdbc,
                        InboxProperties settings, Clock clock, Escalations escalations) {
        this.escalations = escalations;
        this.conversations = conversations;
        this.windows = windows;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    @Transactional
    public void take(long id, String agent) {
        contact(id);
        if (!conversations.assign(id, agent)) {
            throw new AgentRefusal(AgentRefusal.Kind.CONFLICT, "closed", "This conversation is closed; it opens again when the contact writes.");
        }
    }

    /** Sends the agent's reply; the conversation becomes the agent's if nobody had it. */
    @Transactional
    public void reply(long id, String agent, String text) {
        Contact contact = contact(id);
        if (text == null || text.isBlank()) {
            throw new AgentRefusal(AgentRefusal.Kind.INVALID, "empty", "The reply is empty.");
        }
        if (text.length() > MAX_TEXT) {
            throw new AgentRefusal(AgentRefusal.Kind.INVALID, "too_long", "A reply holds at most " + MAX_TEXT + " characters.");
        }
        Instant now = clock.instant();
        Optional<Instant> last = windows.lastInboundAt(contact.accountId(), contact.userId());
        if (last.isEmpty()) {
            throw new AgentRefusal(AgentRefusal.Kind.CONFLICT, "no_message", "This contact has never written: Meta lets you answer only after a"
                    + " message from them.");
        }
        Duration age = Duration.between(last.get(), now);
        if (age.compareTo(MessagingWindows.STANDARD) > 0) {
            if (!settings.humanAgentTag()) {
                throw new AgentRefusal(AgentRefusal.Kind.CONFLICT, "window_closed", "The contact's last message is " + hours(age) + " old: Meta"
                        + " allows replies within 24 hours. Replying up to 7 days needs Meta's Human Agent feature"
                        + " (IGBRIDGE_HUMAN_AGENT_TAG=true once your app has it).");
            }
            if (age.compareTo(MessagingWindows.HUMAN_AGENT) > 0) {
                throw new AgentRefusal(AgentRefusal.Kind.CONFLICT, "window_closed", "The contact's last message is " + hours(age) + " old: Meta"
                        + " allows no reply after 7 days, even by a person. The contact has to write first.");
            }
        }
        if (contact.status() != ConversationStatus.ASSIGNED || !agent.equals(contact.assignedTo())) {
            conversations.assign(id, agent);
        }
        outbox.enqueue("agent:" + agent + ":" + UUID.randomUUID(),
                new SendDirectMessage(contact.accountId(), contact.userId(), text.strip(), settings.humanAgentTag()),
                null);
        conversations.markRead(id);
    }

    @Transactional
    public void note(long id, String agent, String text) {
        contact(id);
        if (text == null || text.isBlank()) {
            throw new AgentRefusal(AgentRefusal.Kind.INVALID, "empty", "The note is empty.");
        }
        jdbc.update("insert into conversation_note (conversation_id, agent, text, created_at) values (?, ?, ?, ?)", id,
                agent, text.strip().length() > 4_000 ? text.strip().substring(0, 4_000) : text.strip(),
                Timestamp.from(clock.instant()));
    }

    /** By hand: the conversation waits for an agent, the bot falls silent, the team is told (once). */
    @Transactional
    public void escalate(long id, String agent) {
        Contact contact = contact(id);
        if (contact.status().withHumans()) {
            throw new AgentRefusal(AgentRefusal.Kind.CONFLICT, "with_team", "The team already has this conversation.");
        }
        escalations.escalate(contact.accountId(), contact.userId(), "by " + agent, clock.instant());
    }

    @Transactional
    public void close(long id) {
        contact(id);
        conversations.setStatus(id, ConversationStatus.CLOSED);
    }

    /** The bot answers again. */
    @Transactional
    public void handBack(long id) {
        contact(id);
        conversations.setStatus(id, ConversationStatus.BOT);
    }

    @Transactional
    public void markRead(long id) {
        contact(id);
        conversations.markRead(id);
    }

    private Contact contact(long id) {
        return jdbc.query("select account_id, user_id, status, assigned_to from conversation where id = ?",
                (rs, row) -> new Contact(rs.getString(1), rs.getString(2), ConversationStatus.valueOf(rs.getString(3)),
                        rs.getString(4)), id).stream().findFirst()
                .orElseThrow(() -> new AgentRefusal(AgentRefusal.Kind.NOT_FOUND, "not_found", "No conversation " + id + "."));
    }

    private static String hours(Duration age) {
        return age.toDays() >= 1 ? age.toDays() + " days " + age.toHoursPart() + " h" : age.toHours() + " h";
    }

    private record Contact(String accountId, String userId, ConversationStatus status, String assignedTo) {
    }
}
