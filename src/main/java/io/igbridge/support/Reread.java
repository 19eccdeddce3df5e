package io.igbridge.support;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * A value read again at most once an interval (measured on the JVM's monotonic clock, so a test clock frozen or moved
 * does not stop it), or at the next {@link #get()} after {@link #forget()}. Thread-safe; two threads may both read
 * when it is due. A reading that was under way when {@link #forget()} was called is returned to its caller but not
 * kept: the next {@link #get()} reads again.
 */
public final class Reread<T> {

    private final long intervalNanos;
    private final Supplier<T> read;
    /** The last reading kept, or a forgotten one: a new object at each {@link #forget()}, which a reading sees. */
    private final AtomicReference<Reading<T>> last = new AtomicReference<>(Reading.aForgottenOne());

    public Reread(Duration interval, Supplier<T> read) {
        this.intervalNanos = interval.toNanos();
        this.read = read;
    }

    public T get() {
        Reading<T> seen = last.get();
        long now = System.nanoTime();
        if (seen.forgotten() || now - seen.readAt() >= intervalNanos) {
            Reading<T> fresh = new Reading<>(read.get(), now, false);
            last.compareAndSet(seen, fresh);
            return fresh.value();
        }
        return seen.value();
    }

    /** The next {@link #get()} reads the value again, even if a reading is under way now. */
    public void forget() {
        last.set(Reading.aForgottenOne());
    }

    private record Reading<T>(T value, long readAt, boolean forgotten) {

        static <T> Reading<T> aForgottenOne() {
            return new Reading<>(null, 0, true);
        }
    }
}
