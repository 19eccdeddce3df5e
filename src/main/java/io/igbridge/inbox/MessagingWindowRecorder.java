package io.igbridge.inbox;

import java.time.Clock;
import java.time.Instant;

import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MessageReceived;
import io.igbridge.events.PostbackReceived;
import io.igbridge.events.ReactionAdded;
import io.igbridge.events.ReferralReceived;
import io.igbridge.processing.InstagramEventHandler;
import io.igbridge.processing.StoredEvent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Opens (or extends) the person's messaging window on each event Meta counts as the person writing. A test event
 * (from webhook-test) opens it when it is sent: the seed guide's examples carry a fixed timestamp from 2022.
 */
@Component
@Order(0)
class MessagingWindowRecorder implements InstagramEventHandler {

    private final MessagingWindows windows;
    private final Clock clock;

    MessagingWindowRecorder(MessagingWindows windows, Clock clock) {
        this.windows = windows;
        this.clock = clock;
    }

    @Override
    public void on(StoredEvent stored) {
        InstagramEvent event = stored.event();
        String person = personWhoWrote(event);
        if (person != null) {
            Instant at = stored.test() ? clock.instant() : event.occurredAt();
            windows.recordInbound(event.accountId(), person, event.dedupKey(), at);
        }
    }

    /** The sender of a window-opening event (meta-platform.md §6.1), or null. */
    private static String personWhoWrote(InstagramEvent event) {
        if (event instanceof MessageReceived message && !message.self()) {
            return message.senderId();
        }
        if (event instanceof PostbackReceived postback) {
            return postback.senderId();
        }
        if (event instanceof ReactionAdded reaction) {
            return reaction.senderId();
        }
        if (event instanceof ReferralReceived referral) {
            return referral.senderId();
        }
        return null;
    }
}
