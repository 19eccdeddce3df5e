package io.igbridge.graphapi;

import java.time.Duration;

/**
 * Meta's usage headers on one answer, reduced to what a caller acts on (meta-platform.md §6.3): the highest
 * percentage of any limit in {@code X-App-Usage}, {@code X-Page-Usage} or {@code X-Business-Use-Case-Usage}
 * (throttling starts at 100), and the longest {@code estimated_time_to_regain_access} (given in minutes).
 */
public record GraphUsage(int maxPercent, Duration regainAccess) {

    public static final GraphUsage NONE = new GraphUsage(0, Duration.ZERO);

    public GraphUsage {
        maxPercent = Math.max(0, maxPercent);
        regainAccess = regainAccess == null || regainAccess.isNegative() ? Duration.ZERO : regainAccess;
    }

    /** Meta throttles this app or account now, or says when it will stop. */
    public boolean throttled() {
        return maxPercent >= 100 || !regainAccess.isZero();
    }

    /** At or above the given percentage of some limit: time to slow down. */
    public boolean atLeast(int percent) {
        return maxPercent >= percent;
    }
}
