package io.igbridge.rules;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a file's {@code business_hours}: a {@code time_zone} and the {@code open} periods, each with {@code days}
 * ({@code mon-fri}, {@code [sat, sun]}; English or French names) and {@code from} / {@code to} ({@code "09:00"}).
 */
final class BusinessHoursParser {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");
    private static final Map<String, DayOfWeek> DAYS = days();

    private final Problems problems;

    BusinessHoursParser(Problems problems) {
        this.problems = problems;
    }

    Optional<BusinessHours> parse(Node node) {
        Optional<YamlMap> map = YamlMap.of(node, "business_hours", List.of("time_zone", "open"), problems);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Optional<ZoneId> zone = required(map.get(), "time_zone", "business_hours").flatMap(this::zone);
        List<BusinessHours.Period> periods = new ArrayList<>();
        boolean valid = true;
        Optional<Node> open = required(map.get(), "open", "business_hours");
        if (open.isPresent()) {
            List<Node> items = open.get() instanceof SequenceNode sequence ? sequence.getValue() : List.of(open.get());
            for (Node item : items) {
                Optional<BusinessHours.Period> period = period(item);
                period.ifPresent(periods::add);
                valid &= period.isPresent();
            }
        }
        if (zone.isEmpty() || open.isEmpty() || !valid) {
            return Optional.empty();
        }
        return Optional.of(new BusinessHours(zone.get(), periods));
    }

    private Optional<Node> required(YamlMap map, String key, String what) {
        return map.required(key, what, problems);
    }

    private Optional<ZoneId> zone(Node node) {
        return YamlValues.text(node, "time_zone", problems).flatMap(text -> {
            try {
                return Optional.of(ZoneId.of(text.strip()));
            } catch (DateTimeException unknown) {
                problems.at(node, "unknown time zone '" + text + "' (a region such as Europe/Paris or"
                        + " America/New_York, or an offset such as +01:00)");
                return Optional.empty();
            }
        });
    }

    private Optional<BusinessHours.Period> period(Node node) {
        Optional<YamlMap> map = YamlMap.of(node, "an open period", List.of("days", "from", "to"), problems);
        if (map.isEmpty()) {
            return Optional.empty();
        }
        Optional<Set<DayOfWeek>> days = required(map.get(), "days", "an open period").flatMap(this::days);
        Optional<LocalTime> from = required(map.get(), "from", "an open period").flatMap(value -> time(value, "from"));
        Optional<LocalTime> to = required(map.get(), "to", "an open period").flatMap(value -> time(value, "to"));
        if (days.isEmpty() || from.isEmpty() || to.isEmpty()) {
            return Optional.empty();
        }
        if (from.get().equals(to.get())) {
            problems.at(node, "an open period must not start and end at the same time (" + from.get() + ")");
            return Optional.empty();
        }
        return Optional.of(new BusinessHours.Period(days.get(), from.get(), to.get()));
    }

    private Optional<LocalTime> time(Node node, String what) {
        return YamlValues.text(node, what, problems).flatMap(text -> {
            try {
                return Optional.of(LocalTime.parse(text.strip(), TIME));
            } catch (DateTimeParseException invalid) {
                problems.at(node, what + " must be a time of day such as \"09:00\", not '" + text + "'");
                return Optional.empty();
            }
        });
    }

    private Optional<Set<DayOfWeek>> days(Node node) {
        Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
        boolean valid = true;
        for (ScalarNode item : YamlValues.texts(node, "days", problems)) {
            for (String part : item.getValue().split(",")) {
                valid &= addDays(item, part.strip().toLowerCase(Locale.ROOT), days);
            }
        }
        return valid && !days.isEmpty() ? Optional.of(days) : Optional.empty();
    }

    private boolean addDays(Node node, String text, Set<DayOfWeek> days) {
        String[] range = text.split("-", -1);
        if (range.length > 2 || !DAYS.containsKey(range[0]) || !DAYS.containsKey(range[range.length - 1])) {
            problems.at(node, "days must be names such as mon, tue … sun (or lun … dim) or a range such as"
                    + " mon-fri, not '" + text + "'");
            return false;
        }
        DayOfWeek day = DAYS.get(range[0]);
        DayOfWeek last = DAYS.get(range[range.length - 1]);
        days.add(day);
        while (day != last) {
            day = day.plus(1);
            days.add(day);
        }
        return true;
    }

    private static Map<String, DayOfWeek> days() {
        Map<String, DayOfWeek> days = new LinkedHashMap<>();
        String[] english = {"mon", "tue", "wed", "thu", "fri", "sat", "sun"};
        String[] french = {"lun", "mar", "mer", "jeu", "ven", "sam", "dim"};
        String[] frenchFull = {"lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"};
        for (DayOfWeek day : DayOfWeek.values()) {
            int index = day.getValue() - 1;
            days.put(english[index], day);
            days.put(day.name().toLowerCase(Locale.ROOT), day);
            days.put(french[index], day);
            days.put(frenchFull[index], day);
        }
        return Map.copyOf(days);
    }
}
