package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RejectionLogTests {

    /** A clock the test moves by hand. */
    static final class MovableClock extends Clock {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void warnsAtMostOnceAMinuteAndCountsTheRejectionsInBetween(CapturedOutput output) {
        var clock = new MovableClock();
        var log = new RejectionLog(clock);

        log.rejected("signature_invalid", "198.51.100.7");
        log.rejected("signature_invalid", "198.51.100.7");
        log.rejected("signature_missing", "198.51.100.8");
        assertThat(output.getOut().split("Rejected a webhook delivery", -1)).hasSize(2);

        clock.now = clock.now.plus(RejectionLog.INTERVAL).plus(Duration.ofSeconds(1));
        log.rejected("signature_missing", "198.51.100.8");

        assertThat(output.getOut().split("Rejected a webhook delivery", -1)).hasSize(3);
        assertThat(output.getOut()).contains("from 198.51.100.8: signature_missing", "2 more rejected since");
    }
}
