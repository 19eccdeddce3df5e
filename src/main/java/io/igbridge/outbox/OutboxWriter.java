package io.igbridge.outbox;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;

import io.igbridge.config.IgbridgeProperties;
import io.igbridge.notifications.AlertTargets;
import io.igbridge.notifications.NotificationTarget;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes decided actions as outbox rows, in the caller's transaction (the one that made the decision). The
 * idempotency key names the decision, e.g. {@code event:42:rule:greeting}: reprocessing the same event makes
 * no second row, so nothing is ever sent twice because an event was processed twice.
 */
@Component
public class OutboxWriter {

    private static final String INSERT = """
            insert into outbox_action (idempotency_key, account_id, type, payload, status, attempts, next_attempt_at,
                created_at, notify_group, target, event_id, comment_id, recipient_id)
            values (?, ?, ?, ?, 'PENDING', 0, ?, ?, ?, ?, ?, ?, ?)
            on conflict do nothing""";

    private final JdbcTemplate jdbc;
    private final ApplicationEventPublisher events;
    private final AlertTargets targets;
    private final Clock clock;
    private final IgbridgeProperties.Outbox settings;

    OutboxWriter(JdbcTemplate jdbc, ApplicationEventPublisher events, AlertTargets targets, Clock clock,
            IgbridgeProperties properties) {
        this.jdbc = jdbc;
        this.events = events;
        this.targets = targets;
        this.clock = clock;
        this.settings = properties.outbox();
    }

    /**
     * Adds an action; a notification becomes one row per configured alert target, so a target that is down is
     * retried alone.
     *
     * @return true if the action was added, false if this decision was already recorded
     */
    public boolean enqueue(String idempotencyKey, Action action, Long eventId) {
        Instant now = clock.instant();
        boolean added = false;
        if (action instanceof Notify notify) {
            // notifications wait a moment so that a burst of them goes out as one message
            Instant due = now.plus(settings.notifyGroupWindow());
            for (NotificationTarget target : targets.configured()) {
                added |= insert(idempotencyKey + ":" + target.name().toLowerCase(), action, due, now, notify.group(),
                        target.name(), eventId);
            }
        } else {
            added = insert(idempotencyKey, action, now, now, null, null, eventId);
        }
        if (added) {
            wakeTheDispatcherAfterCommit();
        }
        return added;
    }

    private boolean insert(String key, Action action, Instant due, Instant now, String group, String target,
            Long eventId) {
        return jdbc.update(INSERT, key, action.accountId(), action.type(), ActionCodec.toJson(action),
                Timestamp.from(due), Timestamp.from(now), group, target, eventId, commentOf(action),
                action.recipientId()) == 1;
    }

    private static String commentOf(Action action) {
        if (action instanceof ReplyToComment reply) {
            return reply.topLevelCommentId();
        }
        if (action instanceof SendPrivateReply reply) {
            return reply.commentId();
        }
        return action instanceof HideComment hide ? hide.commentId() : null;
    }

    private void wakeTheDispatcherAfterCommit() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            events.publishEvent(new ActionsEnqueued());
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                events.publishEvent(new ActionsEnqueued());
            }
        });
    }
}
