package io.igbridge.outbox;

import io.igbridge.notifications.NotificationTarget;

/** An outbox row claimed for execution ({@code attempts} counts this one); {@code target} for notifications. */
public record PendingAction(long id, String accountId, Action action, int attempts, int partsDone,
        String notifyGroup, NotificationTarget target) {
}
