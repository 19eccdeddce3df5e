package io.igbridge.rules;

import java.util.Objects;
import java.util.Optional;

import io.igbridge.events.CommentReceived;
import io.igbridge.events.EventHeader.Channel;
import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MessageDeleted;
import io.igbridge.events.MessageEchoed;
import io.igbridge.events.MessageReceived;

/**
 * Events no rule may answer, whatever the rules file says (meta-platform.md §4.2, §4.3, §4.6). The rest of Meta's
 * rules are enforced by the outbox when it sends: bot replies only inside the 24-hour window, one private reply
 * per comment within 7 days, no public reply to a hidden comment.
 */
public final class MetaReplyPolicy {

    /** The App Dashboard "Test" button's dummy ids (§4.6): nobody is there to answer. */
    static final String DASHBOARD_ACCOUNT = "0";
    static final String DASHBOARD_MID = "random_mid";
    static final String DASHBOARD_SENDER = "12334";

    public enum Refusal {
        /** the account's own outgoing message ({@code is_echo}) */
        ECHO,
        /** the customer unsent the message */
        DELETED,
        /** media Meta can't deliver ({@code is_unsupported}) */
        UNSUPPORTED,
        /**
         * the account messaged itself ({@code is_self}): a reply would be another message to itself, which could
         * be answered again, and again
         */
        SELF_MESSAGE,
        /** the account's own comment ({@code from.id} is the account, or {@code from.self_ig_scoped_id} is set) */
        OWN_COMMENT,
        /** anything else the account itself did */
        OWN_ACTIVITY,
        /** the App Dashboard's Test payload */
        DASHBOARD_TEST
    }

    public Optional<Refusal> refusal(InstagramEvent event, String accountId) {
        if (isDashboardTest(event, accountId)) {
            return Optional.of(Refusal.DASHBOARD_TEST);
        }
        if (event instanceof MessageEchoed) {
            return Optional.of(Refusal.ECHO);
        }
        if (event instanceof MessageDeleted) {
            return Optional.of(Refusal.DELETED);
        }
        if (event instanceof MessageReceived message && message.unsupported()) {
            return Optional.of(Refusal.UNSUPPORTED);
        }
        if (event instanceof MessageReceived message && message.self()) {
            return Optional.of(Refusal.SELF_MESSAGE);
        }
        if (event instanceof CommentReceived comment
                && (comment.selfIgScopedId() != null || isAccount(comment.fromId(), event, accountId))) {
            return Optional.of(Refusal.OWN_COMMENT);
        }
        String author = EventView.of(event).map(EventView::userId).orElse(null);
        if (isAccount(author, event, accountId)) {
            return Optional.of(Refusal.OWN_ACTIVITY);
        }
        return Optional.empty();
    }

    private static boolean isDashboardTest(InstagramEvent event, String accountId) {
        if (event.header().channel() == Channel.DASHBOARD_TEST || DASHBOARD_ACCOUNT.equals(accountId)
                || DASHBOARD_ACCOUNT.equals(event.accountId())) {
            return true;
        }
        return event instanceof MessageReceived message
                && (DASHBOARD_MID.equals(message.mid()) || DASHBOARD_SENDER.equals(message.senderId()));
    }

    private static boolean isAccount(String id, InstagramEvent event, String accountId) {
        return id != null && (id.equals(accountId) || Objects.equals(id, event.accountId()));
    }
}
