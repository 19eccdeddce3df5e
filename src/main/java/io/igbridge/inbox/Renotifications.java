package io.igbridge.inbox;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;

import io.igbridge.outbox.Notify;
import io.igbridge.outbox.OutboxWriter;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Tells the team again, once, about a conversation that has waited too long for an agent. */
@Service
class Renotifications {

    private final Conversations conversations;
    private final OutboxWriter outbox;
    private final InboxProperties settings;
    private final Clock clock;

    Renotifications(Conversations conversations, OutboxWriter outbox, InboxProperties settings, Clock clock) {
        this.conversations = conversations;
        this.outbox = outbox;
        this.settings = settings;
        this.clock = clock;
    }

    private String waited() {
        long minutes = settings.renotifyAfter().toMinutes();
        return minutes >= 1 ? minutes + " minutes" : settings.renotifyAfter().toSeconds() + " seconds";
    }

    /** @return false when no conversation was due */
    @Transactional
    public boolean renotifyOne() {
        Instant now = clock.instant();
        Optional<Long> due = conversations.claimOneToRenotify(now.minus(settings.renotifyAfter()), now);
        due.ifPresent(id -> outbox.enqueue("renotify:" + id + ":" + now.toEpochMilli(), new Notify("",
                settings.alertGroup(), "A conversation still waits for an agent after " + waited() + ". /ui/#/conversations/"
                        + id), null));
        return due.isPresent();
    }
}
