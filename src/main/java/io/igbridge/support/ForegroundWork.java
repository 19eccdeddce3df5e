package io.igbridge.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.springframework.stereotype.Component;

/**
 * Meta's deliveries being received on this node right now, which background work (processing, the outbox) gives
 * way to: on a machine of a few cores, a burst is acknowledged first and processed after, instead of each
 * acknowledgement waiting for a core behind the processing threads. The deliveries are stored, so nothing waits
 * but the work itself; and a background thread never waits more than {@link #MAX_WAIT} per unit of work, so
 * sustained traffic slows processing down without stopping it.
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

    /** Before a unit of background work: waits while deliveries are being received, at most {@link #MAX_WAIT}. */
    public void giveWay() {
        if (inProgress.get() == 0) {
            return;
        }
        long deadline = System.nanoTime() + MAX_WAIT.toNanos();
        while (inProgress.get() > 0 && System.nanoTime() - deadline < 0) {
            LockSupport.parkNanos(PAUSE_NANOS);
        }
    }
}
