package io.igbridge.admin;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * What {@code GET /api/admin/stats} answers: the figures of each day and each ISO week (UTC) of a period, its
 * totals and the rules that decided the most actions. Dates are ISO strings ({@code 2026-11-23}, {@code 2026-W48}),
 * so a chart reads them as they are.
 */
record Dashboard(String from, String to, List<Day> days, List<Week> weeks, Figures totals, List<RuleCount> topRules) {

    /**
     * The figures of a day, a week or the period. First-response times are medians in seconds, null when no
     * customer message of the bucket was answered.
     */
    record Figures(long dms, long comments, long mentions, long autoReplies, long escalations,
            Double botFirstResponseSeconds, Double humanFirstResponseSeconds, long positiveComments,
            long negativeComments, long neutralComments, long failedActions, long leads) {
    }

    record Day(String date, @JsonUnwrapped Figures figures) {
    }

    /** An ISO week; the first and last weeks of a period count only its days. */
    record Week(String week, @JsonUnwrapped Figures figures) {
    }

    record RuleCount(String rule, long count) {
    }

    /** @param days the tally of each day of the period, in date order */
    static Dashboard of(Map<LocalDate, Tally> days, List<RuleCount> topRules) {
        Map<String, Tally> weeks = new TreeMap<>();
        Tally totals = new Tally();
        for (Map.Entry<LocalDate, Tally> day : days.entrySet()) {
            weeks.computeIfAbsent(isoWeek(day.getKey()), week -> new Tally()).addAll(day.getValue());
            totals.addAll(day.getValue());
        }
        List<LocalDate> dates = List.copyOf(days.keySet());
        return new Dashboard(dates.get(0).toString(), dates.get(dates.size() - 1).toString(),
                days.entrySet().stream().map(day -> new Day(day.getKey().toString(), day.getValue().figures())).toList(),
                weeks.entrySet().stream().map(week -> new Week(week.getKey(), week.getValue().figures())).toList(),
                totals.figures(), topRules);
    }

    static String isoWeek(LocalDate date) {
        return "%d-W%02d".formatted(date.get(IsoFields.WEEK_BASED_YEAR), date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
    }
}
