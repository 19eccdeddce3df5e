package io.igbridge.inbox;

import java.time.Instant;

import io.igbridge.outbox.Notify;
import io.igbridge.outbox.OutboxWriter;
import org.springframework.stereotype.Service;

/**
 * Hands a conversation to the team: it goes to WAITING (the bot falls silent) and the team is told once, through
 * the outbox, in the caller's transaction. Asking again while it waits or is assigned changes nothing and tells
 * nobody again.
 */
@Service
public class Escalations {

    private final Conversations conversations;
    private final OutboxWriter outbox;
    private final InboxProperties settings;

    Escalations(Conversations conversations, OutboxWriter outbox, InboxProperties settings) {
        this.conversations = conversations;
        this.outbox = outbox;
        this.settings = settings;
    }

    /** @return true when the conversation went to WAITING now (false: a person already waits for or has it) */
    public boolean escalate(String accountId, String userId, String reason, Instant now) {
        long id = conversations.idFor(accountId, userId, now);
        if (!conversations.toWaiting(id, reason, now)) {
            return false;
        }
        conversations.recordEscalation(id, reason, now);
        outbox.enqueue("escalation:" + id + ":" + now.toEpochMilli(), new Notify("", settings.alertGroup(),
                "A conversation waits for an agent: contact " + userId + " (" + reason + "). /ui/#/conversations/" + id),
                null);
        return true;
    }
}
