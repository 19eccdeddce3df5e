package io.igbridge.support;

import java.time.Duration;
import java.util.function.Supplier;

/**
 * A value read again at most once an interval (measured on the JVM's monotonic clock, so a test clock frozen or moved
 * does not stop it), or at the next {@link #get()} after {@link #forget()}. Thread-safe; two threads may both read
 * when it is due, and the later reading wins.
 */
public final class Reread<T> {

    private final long intervalNanos;
    private final Supplier<T> read;
    private volatile Reading<T> last;

    public Reread(Duration interval, Supplier<T> read) {
        this.intervalNanos = interval.toNanos();
        this.read = read;
    }

    public T get() {
        Reading<T> reading = last;
        long now = System.nanoTime();
        if (reading == null || now - reading.readAt() >= intervalNanos) {
            reading = new Reading<>(read.get(), now);
            last = reading;
        }
        return reading.value();
    }

    /** The next {@link #get()} reads the value again. */
    public void forget() {
        last = null;
    }

    private record Reading<T>(T value, long readAt) {
    }
}
