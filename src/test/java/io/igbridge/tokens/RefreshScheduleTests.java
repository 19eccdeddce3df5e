package io.igbridge.tokens;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

class RefreshScheduleTests {

    static final Instant ISSUED = Instant.parse("2026-11-01T08:00:00Z");
    final RefreshSchedule schedule = RefreshSchedule.META;

    @Test
    void aKnownExpiryIsRefreshedTenDaysBeforeItAndNeverBeforeTheTokenIs24HoursOld() {
        assertThat(schedule.firstAttempt(ISSUED, ISSUED.plus(Duration.ofDays(60)), true))
                .isEqualTo(ISSUED.plus(Duration.ofDays(50)));
        assertThat(schedule.firstAttempt(ISSUED, ISSUED.plus(Duration.ofDays(5)), true))
                .isEqualTo(ISSUED.plus(Duration.ofHours(24)));
    }

    @Test
    void anUnknownExpiryIsRefreshedOnceTheTokenIs24HoursOldThenWeekly() {
        assertThat(schedule.firstAttempt(ISSUED, null, false)).isEqualTo(ISSUED.plus(Duration.ofHours(24)));
        assertThat(schedule.firstAttempt(ISSUED, null, true)).isEqualTo(ISSUED.plus(Duration.ofDays(7)));
    }

    @Test
    void failuresWaitLongerEachTimeUpToADay() {
        assertThat(schedule.retryAfterFailure(ISSUED, 1)).isEqualTo(ISSUED.plus(Duration.ofHours(1)));
        assertThat(schedule.retryAfterFailure(ISSUED, 3)).isEqualTo(ISSUED.plus(Duration.ofHours(4)));
        assertThat(schedule.retryAfterFailure(ISSUED, 40)).isEqualTo(ISSUED.plus(Duration.ofHours(24)));
    }
}
