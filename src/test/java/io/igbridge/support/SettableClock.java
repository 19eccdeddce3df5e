package io.igbridge.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

/**
 * A clock the test moves by hand, so time-based behaviour is tested without sleeping. It keeps microseconds, as the
 * databases do: an instant with nanoseconds is stored rounded, possibly up, so a row stored "now" by a clock that
 * does not move would never be due ({@code next_attempt_at <= now}) and the service would wait forever.
 */
public final class SettableClock extends Clock {

    private volatile Instant now;

    public SettableClock(Instant now) {
        this.now = stored(now);
    }

    public void set(Instant instant) {
        now = stored(instant);
    }

    public void advance(Duration duration) {
        now = stored(now.plus(duration));
    }

    private static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
