package io.igbridge.rules;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;

/** When the business is open, in its time zone: a rules file's {@code business_hours}. */
record BusinessHours(ZoneId zone, List<Period> periods) {

    BusinessHours {
        periods = List.copyOf(periods);
    }

    /**
     * One opening period: on {@code days}, from {@code from} (included) to {@code to} (excluded). A period whose
     * {@code to} is not after {@code from} runs past midnight into the next day (22:00–02:00).
     */
    record Period(Set<DayOfWeek> days, LocalTime from, LocalTime to) {

        Period {
            days = Set.copyOf(days);
        }

        boolean contains(DayOfWeek day, LocalTime time) {
            if (from.isBefore(to)) {
                return days.contains(day) && !time.isBefore(from) && time.isBefore(to);
            }
            return days.contains(day) && !time.isBefore(from) || days.contains(day.minus(1)) && time.isBefore(to);
        }
    }

    boolean isOpen(Instant instant) {
        ZonedDateTime local = instant.atZone(zone);
        return periods.stream().anyMatch(period -> period.contains(local.getDayOfWeek(), local.toLocalTime()));
    }
}
