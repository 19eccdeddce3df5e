package io.igbridge.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import org.springframework.stereotype.Component;

/**
 * Meta's deliveries being received on this node right now and needing a core (reading, verifying), which background
 * work (processing, the outbox) gives way to: on a machine of a few cores, a burst is acknowledged first and
 * processed after, instead of each acknowledgement waiting for a core behind the processing threads. A delivery
 * waiting for its commit needs no core and holds nothing back ({@link #aside}): counted, it held processing back at
 * any steady rate, since some delivery was almost always waiting for a commit (at 500 a second processing then fell
 * behind by thousands of deliveries, and caught up only once the traffic stopped: docs/benchmarks.md). The
 * deliveries are stored, so nothing waits but the work itself; and a background thread never waits more than
 * {@link #MAX_WAIT} per unit of work, so sustained traffic slows processing down without stopping it.
 */
@Component
public class ForegroundWork {

    static final Duration MAX_WAIT = Duration.ofMillis(20);
    private static final long PAUSE_NANOS = Duration.ofNanos(200_000).toNanos();

    private final AtomicInteger inProgress = new AtomicInteger();

    /** A delivery is being received (until {@link #finished()}). */
    public void started() {
        inProgress.incrementAndGet();
    }

    public void finished() {
        inProgress.decrementAndGet();
    }

    /**
     * Runs {@code waiting} (a wait for something else, such as a commit) as a delivery being received that needs no
     * core meanwhile: background work does not give way to it until it returns.
     */
    public <T> T aside(Supplier<T> waiting) {
        inProgress.decrementAndGet();
        try {
            return waiting.get();
        } finally {
            inProgress.incrementAndGet();
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
        return inProgress.get() > 0;
    }
}
