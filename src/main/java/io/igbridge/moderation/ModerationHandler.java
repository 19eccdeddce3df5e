package io.igbridge.moderation;

import java.time.Clock;
import java.time.Instant;
import java.util.Locale;

import io.igbridge.events.CommentReceived;
import io.igbridge.events.InstagramEvent;
import io.igbridge.events.MessageReceived;
import io.igbridge.inbox.Escalations;
import io.igbridge.outbox.HideComment;
import io.igbridge.outbox.Notify;
import io.igbridge.outbox.OutboxWriter;
import io.igbridge.processing.InstagramEventHandler;
import io.igbridge.processing.StoredEvent;
import io.igbridge.rules.MetaReplyPolicy;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Step ④ for moderation, before the auto-replies: classifies each new comment and DM, keeps the result, and applies
 * the policy ({@link ModerationProperties}) through the outbox, in the event's transaction: an abusive comment is
 * hidden and alerted, spam is hidden, a negative comment is alerted (alerts share one group, so a burst is one
 * message), a negative DM hands its conversation to the team inbox. Idempotency keys name the comment, so a reprocessed
 * event hides and alerts nothing twice. The account's own comments and messages are left alone.
 */
@Component
@Order(5)
class ModerationHandler implements InstagramEventHandler {

    private final SentimentAnalyzer analyzer;
    private final ClassificationStore store;
    private final OutboxWriter outbox;
    private final ModerationProperties policy;
    private final Clock clock;
    private final Escalations escalations;
    private final MetaReplyPolicy metaPolicy = new MetaReplyPolicy();

    ModerationHandler(SentimentAnalyzer analyzer, ClassificationStore store, OutboxWriter outbox,
                      ModerationProperties policy, Clock clock, Escalations escalations) {
        this.escalations = escalations;
        this.analyzer = analyzer;
        this.store = store;
        this.outbox = outbox;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public void on(StoredEvent stored) {
        InstagramEvent event = stored.event();
        if (!policy.enabled() || metaPolicy.refusal(event, event.accountId()).isPresent()) {
            return;
        }
        if (event instanceof CommentReceived comment && hasText(comment.text())) {
            onComment(stored, comment);
        } else if (event instanceof MessageReceived message && hasText(message.text())) {
            onDirectMessage(stored, message);
        }
    }

    private void onComment(StoredEvent stored, CommentReceived comment) {
        Classification found = analyzer.classify(comment.text());
        Instant now = clock.instant();
        store.save(new ClassificationStore.Subject(stored.eventId(), comment.accountId(), "comment", comment.fromId(),
                comment.commentId(), comment.mediaId()), found, now);
        String account = comment.accountId();
        boolean hide = !comment.live() // Meta lets no one hide a live comment (meta-platform.md §5.3)
                && (found.abusive() && policy.hideAbusive() || found.spam() && policy.hideSpam());
        if (hide) {
            outbox.enqueue("moderation:hide:" + account + ":" + comment.commentId(),
                    new HideComment(account, comment.commentId(), true), stored.eventId());
        }
        if (found.abusive() && policy.alertAbusive() || found.negative() && !found.abusive() && policy.alertNegative()) {
            outbox.enqueue("moderation:alert:" + account + ":" + comment.commentId(),
                    new Notify("", policy.alertGroup(), CommentAlert.text(comment, found, hide)), stored.eventId());
        }
    }

    private void onDirectMessage(StoredEvent stored, MessageReceived message) {
        Classification found = analyzer.classify(message.text());
        Instant now = clock.instant();
        store.save(new ClassificationStore.Subject(stored.eventId(), message.accountId(), "dm", message.senderId(),
                null, null), found, now);
        if (found.negative() && policy.flagNegativeDms() && message.senderId() != null) {
            escalations.escalate(message.accountId(), message.senderId(),
                    (found.abusive() ? "abusive" : "negative") + " message" + String.format(Locale.ROOT, " (%.2f)",
                            found.score()), now);
        }
    }

    private static boolean hasText(String text) {
        return text != null && !text.isBlank();
    }
}
