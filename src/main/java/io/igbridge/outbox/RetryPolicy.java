package io.igbridge.outbox;

import java.time.Duration;
import java.util.random.RandomGenerator;

import io.igbridge.config.IgbridgeProperties;

/**
 * When to try a failed action again: exponential backoff from a base delay, capped, with ±20 % jitter so that
 * many actions failing together don't retry together; after {@code maxAttempts}, give up (dead-letter).
 */
record RetryPolicy(Duration base, Duration max, int maxAttempts) {

    static RetryPolicy from(IgbridgeProperties.Outbox settings) {
        return new RetryPolicy(settings.retryBackoff(), settings.maxRetryBackoff(), settings.maxAttempts());
    }

    boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }

    Duration delayAfter(int attempts, RandomGenerator random) {
        long exponential = base.toMillis() << Math.min(Math.max(attempts - 1, 0), 30);
        long capped = Math.min(exponential, max.toMillis());
        double jitter = 0.8 + 0.4 * random.nextDouble();
        return Duration.ofMillis(Math.max(1, Math.round(capped * jitter)));
    }
}
