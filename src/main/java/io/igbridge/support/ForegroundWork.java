package io.igbridge.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Meta's deliveries being received on this node right now, which background work (processing, the outbox) gives way
 * to: on a machine of a few cores, a burst is acknowledged first and processed after, instead of each
 * acknowledgement waiting for a core behind the processing threads. A delivery waiting for its commit ({@link #aside})
 * needs no core: background work gives way to those only when {@value #BACKED_UP} or more wait at once, a sign that
 * the intake is falling behind. Counting each of them held processing back at any steady rate, since some delivery
 * was almost always waiting for a commit (at 500 a second processing fell behind by thousands of deliveries, and
 * caught up only once the traffic stopped); counting none let processing and the outbox slow a burst of 2,000 a
 * second down to seconds per acknowledgement (docs/benchmarks.md). The deliveries are stored, so nothing waits but the
 * work itself; and a background thread never waits more than {@link #MAX_WAIT} per unit of work, so sustained
 * traffic slows processing down without stopping it.
 */
@Component
public class ForegroundWork {

    static final Duration MAX_WAIT = Duration.ofMillis(20);
    /** Deliveries waiting for their commits at once from which the intake counts as falling behind. */
    static final int BACKED_UP = 4;
    private static final long PAUSE_NANOS = Duration.ofNanos(200_000).toNanos();

    private final AtomicInteger receiving = new AtomicInteger();
    private final AtomicInteger waitingForCommits = new AtomicInteger();

    /** A delivery is being received (until {@link #finished()}). */
    public void started() {
        receiving.incrementAndGet();
    }

    public void finished() {
        receiving.decrementAndGet();
    }

    /**
     * Runs {@code waiting} (a wait for a commit) for a delivery being received, which needs no core meanwhile:
     * background work gives way to it only if the intake is falling behind ({@value #BACKED_UP} such waits at once).
     */
    public <T> T aside(Supplier<T> waiting) {
        waitingForCommits.incrementAndGet();
        receiving.decrementAndGet();
        try {
            return waiting.get();
        } finally {
            receiving.incrementAndGet();
            waitingForCommits.decrementAndGet();
        }
    }

    /** Before a unit of background work: waits while deliveries are being received, at most {@link #MAX_WAIT}. */
    public void giveWay() {
        if (!holdsBack()) {
            return;
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (holdsBack() && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }

    boolean holdsBack() {
        return receiving.get() > 0 || waitingForCommits.get() >= BACKED_UP;
    }
}
