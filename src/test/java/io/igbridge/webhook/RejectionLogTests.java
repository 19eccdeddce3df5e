package io.igbridge.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.igbridge.support.SettableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

@ExtendWith(OutputCaptureExtension.class)
class RejectionLogTests {

    @Test
    void warnsAtMostOnceAMinuteAndCountsTheRejectionsInBetween(CapturedOutput output) {
        var clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
        var log = new RejectionLog(clock);

        log.rejected("signature_invalid", "198.51.100.7");
        log.rejected("signature_invalid", "198.51.100.7");
        log.rejected("signature_missing", "198.51.100.8");
        assertThat(output.getOut().split("Rejected a webhook delivery", -1)).hasSize(2);

        clock.advance(RejectionLog.INTERVAL.plus(Duration.ofSeconds(1)));
        log.rejected("signature_missing", "198.51.100.8");

        assertThat(output.getOut().split("Rejected a webhook delivery", -1)).hasSize(3);
        assertThat(output.getOut()).contains("from 198.51.100.8: signature_missing", "2 more rejected since");
    }
}
