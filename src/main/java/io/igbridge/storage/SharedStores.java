package io.igbridge.storage;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Stores of H2's file shared between threads, as the intake's group commit shares commits: a thread whose commit is
 * done asks for a store; if a store that began after its commit has finished meanwhile, that one covered it and it
 * returns at once; otherwise it runs one, which covers every commit done before it began. One store at a time also
 * leaves H2's store lock free more often for its background writer, whose compaction gives up when it waits more
 * than 10 ms for that lock.
 */
final class SharedStores {

    /** Commits done and waiting for a store, numbered in the order they asked. */
    private final AtomicLong asked = new AtomicLong();
    private final ReentrantLock storing = new ReentrantLock();
    /** The highest number a finished store covered; guarded by {@code storing}. */
    private long covered;
    private final AtomicLong stores = new AtomicLong();
    private final AtomicLong storeNanos = new AtomicLong();

    /** Threads whose commit waits for the store under way to end (an estimate, as the JDK's lock gives it). */
    int waiting() {
        return storing.getQueueLength();
    }

    /** Stores run so far. */
    long stores() {
        return stores.get();
    }

    /** Time spent in them so far. */
    double storeSeconds() {
        return storeNanos.get() / 1e9;
    }

    /** Returns once a store that began after this thread's commit has finished. */
    void storeAfterCommit(Connection connection) throws SQLException {
        long mine = asked.incrementAndGet();
        storing.lock();
        try {
            if (covered >= mine) {
                return;
            }
            long upTo = asked.get();
            long start = System.nanoTime();
            try (Statement statement = connection.createStatement()) {
                statement.execute("CHECKPOINT");
            }
            storeNanos.addAndGet(System.nanoTime() - start);
            stores.incrementAndGet();
            covered = upTo;
        } finally {
            storing.unlock();
        }
    }
}
