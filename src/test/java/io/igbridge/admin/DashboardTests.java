package io.igbridge.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.igbridge.admin.Tally.Count;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Days add up to ISO weeks and totals; medians are taken over every answered message of the bucket. */
class DashboardTests {

    static Map<LocalDate, Tally> days(LocalDate first, LocalDate last) {
        Map<LocalDate, Tally> days = new LinkedHashMap<>();
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            days.put(day, new Tally());
        }
        return days;
    }

    @Test
    void weeksAreIsoWeeksAcrossTheTurnOfTheYearAndCountOnlyThePeriodsDays() {
        Map<LocalDate, Tally> days = days(LocalDate.parse("2026-12-30"), LocalDate.parse("2027-01-05"));
        days.get(LocalDate.parse("2026-12-30")).add(Count.DMS, 2);
        days.get(LocalDate.parse("2027-01-03")).add(Count.DMS, 3);
        days.get(LocalDate.parse("2027-01-04")).add(Count.DMS, 5);

        Dashboard dashboard = Dashboard.of(days, List.of());

        assertThat(dashboard.from()).isEqualTo("2026-12-30");
        assertThat(dashboard.to()).isEqualTo("2027-01-05");
        assertThat(dashboard.weeks()).extracting(Dashboard.Week::week).containsExactly("2026-W53", "2027-W01");
        assertThat(dashboard.weeks()).extracting(week -> week.figures().dms()).containsExactly(5L, 5L);
        assertThat(dashboard.totals().dms()).isEqualTo(10);
    }

    @Test
    void theMedianOfAnEvenNumberOfDelaysIsTheMeanOfTheMiddleTwoAndNoDelayIsNull() {
        Tally tally = new Tally();
        tally.addFirstResponses(1_000L, null);
        tally.addFirstResponses(90_000L, null);
        tally.addFirstResponses(2_500L, 600_000L);
        tally.addFirstResponses(3_000L, null);

        assertThat(tally.figures().botFirstResponseSeconds()).isEqualTo(2.75);
        assertThat(tally.figures().humanFirstResponseSeconds()).isEqualTo(600.0);
        assertThat(new Tally().figures().botFirstResponseSeconds()).isNull();
    }

    @Test
    void aDayIsOneFlatJsonObjectForCharts() {
        Map<LocalDate, Tally> days = days(LocalDate.parse("2026-11-23"), LocalDate.parse("2026-11-23"));
        days.get(LocalDate.parse("2026-11-23")).add(Count.COMMENTS, 4);

        String json = JsonMapper.builder().build().writeValueAsString(
                Dashboard.of(days, List.of(new Dashboard.RuleCount("greeting", 3))).days().get(0));

        assertThat(json).isEqualTo("{\"date\":\"2026-11-23\",\"dms\":0,\"comments\":4,\"mentions\":0,"
                + "\"autoReplies\":0,\"escalations\":0,\"botFirstResponseSeconds\":null,"
                + "\"humanFirstResponseSeconds\":null,\"positiveComments\":0,\"negativeComments\":0,"
                + "\"neutralComments\":0,\"failedActions\":0,\"leads\":0}");
    }
}
