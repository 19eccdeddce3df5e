package io.igbridge.support;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * When to try failed work again: exponential backoff from a base delay, capped, with ±20 % jitter so that many
 * items failing together don't retry together; after {@code maxAttempts}, give up.
 */
public record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    public RetryPolicy {
        if (base.isNegative() || base.isZero() || max.compareTo(base) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("a retry policy needs a positive base delay, a maximum at least as"
                    + " long, and at least one attempt");
        }
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }

    public Duration delayAfter(int attempts, RandomGenerator random) {
        long exponential = base.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(exponential, max.toMillis());
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(capped * jitter)));
    }
}
