package io.igbridge.benchmarks.e2e;

import java.util.Arrays;
import java.util.Locale;

/** Latencies in nanoseconds, with missing answers counted as slower than any answer. */
final class Latencies {

    private final long[] sorted;
    private final int missing;

    Latencies(long[] nanos, int count, int missing) {
        this.sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(this.sorted);
        this.missing = missing;
    }

    int answered() {
        return sorted.length;
    }

    /** The {@code percent} percentile in milliseconds, "missing" when it falls among the unanswered. */
    String percentile(double percent) {
        int total = sorted.length + missing;
        if (total == 0) {
            return "none";
        }
        int rank = (int) Math.ceil(percent / 100 * total) - 1;
        return rank >= sorted.length ? "missing" : millis(sorted[Math.max(rank, 0)]);
    }

    String max() {
        return sorted.length == 0 ? "none" : millis(sorted[sorted.length - 1]);
    }

    private static String millis(long nanos) {
        return String.format(Locale.ROOT, "%.2f", nanos / 1e6);
    }
}
