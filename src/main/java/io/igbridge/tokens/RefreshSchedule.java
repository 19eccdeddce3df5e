package io.igbridge.tokens;

import java.time.Duration;
import java.time.Instant;

/**
 * When an Instagram Login token is refreshed (meta-platform.md §7: Meta refreshes a long-lived token at least
 * 24 hours old and not expired, for 60 days from then): once it is {@code minimumAge} old and within
 * {@code beforeExpiry} of its expiry. When the expiry is unknown (the configured token: Meta tells it only in a
 * refresh's answer), a token we have never refreshed is refreshed as soon as it is {@code minimumAge} old by our
 * records, since it may be near its end; one we refreshed without learning its expiry every
 * {@code unknownExpiryInterval}. A failed refresh is tried again after {@code retryBase}, doubling, at most
 * {@code retryMax}: never in a loop.
 */
record RefreshSchedule(Duration minimumAge, Duration beforeExpiry, Duration unknownExpiryInterval,
        Duration retryBase, Duration retryMax) {

    static final RefreshSchedule META = new RefreshSchedule(Duration.ofHours(24), Duration.ofDays(10),
            Duration.ofDays(7), Duration.ofHours(1), Duration.ofHours(24));

    /** When the token issued at {@code issuedAt} is next refreshed. */
    Instant firstAttempt(Instant issuedAt, Instant expiresAtOrNull, boolean refreshedByUs) {
        Instant oldEnough = issuedAt.plus(minimumAge);
        if (expiresAtOrNull == null) {
            return refreshedByUs ? issuedAt.plus(unknownExpiryInterval.compareTo(minimumAge) < 0 ? minimumAge
                    : unknownExpiryInterval) : oldEnough;
        }
        Instant inWindow = expiresAtOrNull.minus(beforeExpiry);
        return inWindow.isAfter(oldEnough) ? inWindow : oldEnough;
    }

    /** When a refresh that failed {@code failures} times in a row is tried again. */
    Instant retryAfterFailure(Instant now, int failures) {
        long hours = retryBase.toMillis() << Math.min(Math.max(failures - 1, 0), 20);
        return now.plus(Duration.ofMillis(Math.min(hours, retryMax.toMillis())));
    }
}
