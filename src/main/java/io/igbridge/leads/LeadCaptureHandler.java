package io.igbridge.leads;

import java.time.Clock;
import java.time.Instant;

import io.igbridge.events.MessageReceived;
import io.igbridge.processing.InstagramEventHandler;
import io.igbridge.processing.StoredEvent;
import io.igbridge.rules.MetaReplyPolicy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step ④ for leads, after the auto-replies: keeps the e-mail addresses and phone numbers a customer gives in a DM,
 * typed or sent with a contact quick reply, in the event's transaction. What the account itself sent (echoes, its
 * own messages, the App Dashboard's test) is no customer's and is left alone, as the rules leave it; so is a payload
 * tried through the test endpoint, which would otherwise end up in the team's exports.
 */
@Component
@Order(20)
class LeadCaptureHandler implements InstagramEventHandler {

    private final ContactFinder finder;
    private final LeadStore store;
    private final Clock clock;
    private final MetaReplyPolicy metaPolicy = new MetaReplyPolicy();

    LeadCaptureHandler(ContactFinder finder, LeadStore store, Clock clock) {
        this.finder = finder;
        this.store = store;
        this.clock = clock;
    }

    @Override
    public void on(StoredEvent stored) {
        if (stored.test() || !(stored.event() instanceof MessageReceived message) || message.senderId() == null
                || metaPolicy.refusal(message, message.accountId()).isPresent()) {
            return;
        }
        String said = message.text() != null ? message.text() : message.quickReplyPayload();
        Instant now = clock.instant();
        for (FoundContact contact : finder.in(message.text(), message.quickReplyPayload())) {
            store.saveIfAbsent(message.accountId(), message.senderId(), contact, stored.eventId(),
                    Excerpt.of(said, contact.written()), now);
        }
    }
}
