package io.igbridge.outbox;

/** An outbox row claimed for execution. */
public record PendingAction(long id, String accountId, Action action, int attempts, int partsDone,
        String notifyGroup) {
}
