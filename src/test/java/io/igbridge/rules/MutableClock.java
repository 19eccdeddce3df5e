package io.igbridge.rules;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves by hand. */
final class MutableClock extends Clock {

    /** A Monday, 10:00 UTC (11:00 in Paris). */
    static final Instant MONDAY_10_UTC = Instant.parse("2026-11-23T10:00:00Z");

    private Instant now;

    MutableClock(Instant now) {
        this.now = now;
    }

    MutableClock() {
        this(MONDAY_10_UTC);
    }

    void set(Instant instant) {
        now = instant;
    }

    void advance(Duration duration) {
        now = now.plus(duration);
    }

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
