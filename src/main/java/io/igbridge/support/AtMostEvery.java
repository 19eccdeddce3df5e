package io.igbridge.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Says when something done now and then is due again: {@link #due()} answers true at once, then at most once an
 * interval, to one caller (measured on the JVM's monotonic clock, whatever a test clock says). Thread-safe.
 */
public final class AtMostEvery {

    private final long intervalNanos;
    private final AtomicLong next = new AtomicLong(System.nanoTime());

    public AtMostEvery(Duration interval) {
        this.intervalNanos = interval.toNanos();
    }

    public boolean due() {
        long now = System.nanoTime();
        long dueAt = next.get();
        return now - dueAt >= 0 && next.compareAndSet(dueAt, now + intervalNanos);
    }
}
