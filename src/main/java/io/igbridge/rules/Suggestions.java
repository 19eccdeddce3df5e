package io.igbridge.rules;

import java.util.Collection;
import java.util.Comparator;
import java.util.Optional;

/** "Did you mean …?" for a misspelt key or name. */
final class Suggestions {

    private Suggestions() {
    }

    /** {@code " (did you mean 'x'?)"} when a known name is at most two edits away, otherwise the known names. */
    static String forUnknown(String given, Collection<String> known) {
        return closest(given, known).map(candidate -> " (did you mean '" + candidate + "'?)")
                .orElse(" (one of: " + String.join(", ", known) + ")");
    }

    /** The known name at most two edits away from {@code given} (fewer for short names), if there is one. */
    static Optional<String> closest(String given, Collection<String> known) {
        return known.stream()
                .filter(candidate -> distance(given, candidate) <= Math.min(2, candidate.length() / 2))
                .min(Comparator.comparingInt(candidate -> distance(given, candidate)));
    }

    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
