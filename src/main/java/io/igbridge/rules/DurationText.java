package io.igbridge.rules;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Durations as people write them, in a rules file or on the command line ({@code replay --since 2h}): {@code 24h},
 * {@code 30m}, {@code 7d}, {@code 1h30m}, {@code PT24H}.
 */
public final class DurationText {

    private static final Pattern SHORT = Pattern.compile("(?:\\d+[dhms])+");
    private static final Pattern PART = Pattern.compile("(\\d+)([dhms])");

    private DurationText() {
    }

    public static Optional<Duration> parse(String text) {
        String value = text.strip().toLowerCase(Locale.ROOT);
        if (SHORT.matcher(value).matches()) {
            Duration total = Duration.ZERO;
            Matcher part = PART.matcher(value);
            while (part.find()) {
                long amount = Long.parseLong(part.group(1));
                total = total.plus(switch (part.group(2)) {
                    case "d" -> Duration.ofDays(amount);
                    case "h" -> Duration.ofHours(amount);
                    case "m" -> Duration.ofMinutes(amount);
                    default -> Duration.ofSeconds(amount);
                });
            }
            return Optional.of(total);
        }
        try {
            return Optional.of(Duration.parse(text.strip()));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
