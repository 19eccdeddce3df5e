package io.igbridge.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import io.igbridge.support.SettableClock;
import org.junit.jupiter.api.Test;

class TokenBucketTests {

    @Test
    void privateRepliesStopAt750AnHourAndComeBackAsTheHourPasses() {
        var clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
        var bucket = new TokenBucket(750, Duration.ofHours(1), clock);

        for (int i = 0; i < 750; i++) {
            assertThat(bucket.tryTake()).as("reply %d", i).isZero();
        }
        Duration wait = bucket.tryTake();
        assertThat(wait).isBetween(Duration.ofMillis(4700), Duration.ofMillis(4900)); // an hour / 750 = 4.8 s

        clock.advance(wait);
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isPositive();
    }

    @Test
    void theSendApiTakesAHundredASecond() {
        var clock = new SettableClock(Instant.parse("2026-11-23T10:00:00Z"));
        var bucket = new TokenBucket(100, Duration.ofSeconds(1), clock);

        for (int i = 0; i < 100; i++) {
            assertThat(bucket.tryTake()).isZero();
        }
        assertThat(bucket.tryTake()).isEqualTo(Duration.ofMillis(10));
        clock.advance(Duration.ofSeconds(1));
        assertThat(bucket.tryTake()).isZero();
    }
}
