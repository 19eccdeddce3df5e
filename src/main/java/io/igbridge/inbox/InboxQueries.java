package io.igbridge.inbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the inbox: conversations by filter with their unread counts, and one conversation's history — the
 * contact's messages and echoes (conversation_message) merged with what we sent (the outbox's DMs). An echo whose
 * message id the outbox recorded is our send and is shown once, as the bot's or the agent's; an echo nobody here
 * sent was typed in the Instagram app.
 */
@Service
public class InboxQueries {

    /** The inbox's filters. */
    public enum Filter {
        WAITING, MINE, BOT, CLOSED, ALL
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int PAGE = 100;
    private static final String SUMMARY = """
            select c.id, c.account_id, c.user_id, c.status, c.assigned_to, c.unread, c.last_message_at,
                   c.waiting_since, c.escalation_reason,
                   (select m.text from conversation_message m where m.conversation_id = c.id and m.deleted = false
                     order by m.sent_at desc, m.id desc fetch first 1 rows only) as last_text
            from conversation c""";

    private final JdbcTemplate jdbc;
    private final MessagingWindows windows;
    private final InboxProperties settings;

    InboxQueries(JdbcTemplate jdbc, MessagingWindows windows, InboxProperties settings) {
        this.jdbc = jdbc;
        this.windows = windows;
        this.settings = settings;
    }

    /** The conversations of a filter, of every account or of {@code accountOrNull}'s only. */
    public List<InboxView.Summary> list(Filter filter, String agent, String accountOrNull) {
        String order = filter == Filter.WAITING ? " order by c.waiting_since" : " order by c.last_message_at desc nulls last, c.id desc";
        return jdbc.query(SUMMARY + " where " + where(filter, "c.", accountOrNull) + order + " fetch first " + PAGE
                + " rows only", this::summary, args(filter, agent, accountOrNull));
    }

    /**
     * How many conversations each filter holds, and how many unread messages they have, for the agent: of every
     * account, or of {@code accountOrNull}'s only.
     */
    public List<Count> counts(String agent, String accountOrNull) {
        List<Count> counts = new ArrayList<>();
        for (Filter filter : Filter.values()) {
            counts.add(jdbc.queryForObject("select count(*), coalesce(sum(unread), 0) from conversation where "
                    + where(filter, "", accountOrNull),
                    (rs, row) -> new Count(filter.name().toLowerCase(Locale.ROOT), rs.getLong(1), rs.getLong(2)),
                    args(filter, agent, accountOrNull)));
        }
        return counts;
    }

    private static String where(Filter filter, String alias, String accountOrNull) {
        String status = switch (filter) {
            case WAITING -> alias + "status = 'WAITING'";
            case MINE -> alias + "status = 'ASSIGNED' and " + alias + "assigned_to = ?";
            case BOT -> alias + "status = 'BOT'";
            case CLOSED -> alias + "status = 'CLOSED'";
            case ALL -> "1 = 1";
        };
        return accountOrNull == null ? status : status + " and " + alias + "account_id = ?";
    }

    private static Object[] args(Filter filter, String agent, String accountOrNull) {
        List<Object> args = new ArrayList<>();
        if (filter == Filter.MINE) {
            args.add(agent);
        }
        if (accountOrNull != null) {
            args.add(accountOrNull);
        }
        return args.toArray();
    }

    public record Count(String filter, long conversations, long unread) {
    }

    public Optional<InboxView.Detail> detail(long id) {
        List<InboxView.Summary> found = jdbc.query(SUMMARY + " where c.id = ?", this::summary, id);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        InboxView.Summary conversation = found.get(0);
        return Optional.of(new InboxView.Detail(conversation, window(conversation), messages(conversation),
                jdbc.query("select agent, text, created_at from conversation_note where conversation_id = ?"
                        + " order by created_at, id", (rs, row) -> new InboxView.Note(rs.getString(1), rs.getString(2),
                        instant(rs, 3)), id)));
    }

    private InboxView.Window window(InboxView.Summary conversation) {
        Instant last = windows.lastInboundAt(conversation.accountId(), conversation.contact()).orElse(null);
        return new InboxView.Window(last, last == null ? null : last.plus(MessagingWindows.STANDARD),
                last == null ? null : last.plus(MessagingWindows.HUMAN_AGENT), settings.humanAgentTag());
    }

    private List<InboxView.Message> messages(InboxView.Summary conversation) {
        List<Sent> sent = jdbc.query("select idempotency_key, payload, status, result_ids, created_at, last_error"
                + " from outbox_action where account_id = ? and recipient_id = ? and type in ('send_dm', 'ask_contact')",
                (rs, row) -> new Sent(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        instant(rs, 5), rs.getString(6)), conversation.accountId(), conversation.contact());
        List<InboxView.Message> messages = new ArrayList<>();
        Set<Sent> shown = new java.util.HashSet<>();
        jdbc.query("select direction, origin, mid, text, attachments, reaction, deleted, read_at, sent_at"
                + " from conversation_message where conversation_id = ?", rs -> {
                    String origin = rs.getString(2);
                    String mid = rs.getString(3);
                    Sent ours = "echo".equals(origin) ? sent.stream().filter(s -> s.sentAs(mid)).findFirst().orElse(null)
                            : null;
                    if (ours != null) {
                        shown.add(ours);
                    }
                    messages.add(new InboxView.Message(rs.getString(1), ours != null ? ours.origin()
                            : "echo".equals(origin) ? "instagram_app" : origin, rs.getString(4), rs.getString(5),
                            rs.getString(6), rs.getBoolean(7), instant(rs, 8), instant(rs, 9),
                            ours == null ? null : ours.agent(), ours == null ? null : ours.status(), null));
                }, conversation.id());
        for (Sent ours : sent) {
            if (!shown.contains(ours)) {
                messages.add(new InboxView.Message("out", ours.origin(), ours.text(), null, null, false, null,
                        ours.createdAt(), ours.agent(), ours.status(), ours.error()));
            }
        }
        messages.sort(Comparator.comparing(InboxView.Message::at));
        return messages;
    }

    /** One DM of ours, from the outbox. */
    private record Sent(String key, String payload, String status, String resultIds, Instant createdAt, String error) {

        boolean sentAs(String mid) {
            return mid != null && resultIds != null && List.of(resultIds.split(",")).contains(mid);
        }

        String origin() {
            return key.startsWith("agent:") ? "agent" : "bot";
        }

        String agent() {
            return key.startsWith("agent:") ? key.split(":")[1] : null;
        }

        String text() {
            JsonNode action = JSON.readTree(payload);
            return action.path("text").asString(null);
        }
    }

    private InboxView.Summary summary(ResultSet rs, int row) throws SQLException {
        return new InboxView.Summary(rs.getLong("id"), rs.getString("account_id"), rs.getString("user_id"),
                rs.getString("status"), rs.getString("assigned_to"), rs.getInt("unread"),
                instant(rs, "last_message_at"), rs.getString("last_text"), instant(rs, "waiting_since"),
                rs.getString("escalation_reason"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
