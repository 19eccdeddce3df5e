package io.igbridge.outbox;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** A token bucket: {@code capacity} calls at once, refilled evenly over {@code period}. */
final class TokenBucket {

    private final double capacity;
    private final double tokensPerNano;
    private final Clock clock;
    private double tokens;
    private Instant refilledAt;

    TokenBucket(int capacity, Duration period, Clock clock) {
        this.capacity = capacity;
        this.tokensPerNano = capacity / (double) period.toNanos();
        this.clock = clock;
        this.tokens = capacity;
        this.refilledAt = clock.instant();
    }

    /** Takes a token; when none is left, says how long until one is. */
    synchronized Duration tryTake() {
        Instant now = clock.instant();
        long elapsed = Duration.between(refilledAt, now).toNanos();
        if (elapsed > 0) {
            tokens = Math.min(capacity, tokens + elapsed * tokensPerNano);
            refilledAt = now;
        }
        if (tokens >= 1) {
            tokens -= 1;
            return Duration.ZERO;
        }
        return Duration.ofNanos((long) Math.ceil((1 - tokens) / tokensPerNano));
    }
}
