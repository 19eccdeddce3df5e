package io.igbridge.outbox;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class TokenBucketTests {

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
    void privateRepliesStopAt750AnHourAndComeBackAsTheHourPasses() {
        var clock = new MovableClock();
        var bucket = new TokenBucket(750, Duration.ofHours(1), clock);

        for (int i = 0; i < 750; i++) {
            assertThat(bucket.tryTake()).as("reply %d", i).isZero();
        }
        Duration wait = bucket.tryTake();
        assertThat(wait).isBetween(Duration.ofMillis(4700), Duration.ofMillis(4900)); // an hour / 750 = 4.8 s

        clock.now = clock.now.plus(wait);
        assertThat(bucket.tryTake()).isZero();
        assertThat(bucket.tryTake()).isPositive();
    }

    @Test
    void theSendApiTakesAHundredASecond() {
        var clock = new MovableClock();
        var bucket = new TokenBucket(100, Duration.ofSeconds(1), clock);

        for (int i = 0; i < 100; i++) {
            assertThat(bucket.tryTake()).isZero();
        }
        assertThat(bucket.tryTake()).isEqualTo(Duration.ofMillis(10));
        clock.now = clock.now.plusSeconds(1);
        assertThat(bucket.tryTake()).isZero();
    }
}
