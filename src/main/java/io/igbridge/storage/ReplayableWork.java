package io.igbridge.storage;

import java.util.function.BooleanSupplier;

/**
 * Marks work whose commits may be lost to a crash because it is done again after a restart: processing a stored
 * delivery, handling a stored event (their input stays due until their commit is in the file). On H2, such commits
 * skip the store that makes every other commit crash-safe ({@link StoreAfterCommitDataSource}); they reach the file
 * with the next store, another thread's or H2's background writer's (at most {@code WRITE_DELAY} later). On
 * PostgreSQL, their transactions commit asynchronously ({@link AsynchronousReplayableCommitsDataSource}). Anything
 * that leaves the service (a Graph API call, an answer to a request) must not be decided inside it.
 */
public final class ReplayableWork {

    private static final ThreadLocal<Boolean> ACTIVE = ThreadLocal.withInitial(() -> false);

    private ReplayableWork() {
    }

    /** Runs {@code work} on this thread as replayable work and returns what it returns. */
    public static boolean run(BooleanSupplier work) {
        boolean outer = ACTIVE.get();
        ACTIVE.set(true);
        try {
            return work.getAsBoolean();
        } finally {
            ACTIVE.set(outer);
        }
    }

    static boolean isActive() {
        return ACTIVE.get();
    }
}
