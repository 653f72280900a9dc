package org.alliances.kernel.testing;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

import org.alliances.kernel.Territories;

/** A clock the tests move by hand (lockouts, delays); it starts at the real time. */
public class MutableClock extends Clock {

    private volatile Instant now = startingNow();

    public void advance(Duration duration) {
        now = now.plus(duration);
    }

    public void reset() {
        now = startingNow();
    }

    /** The real time to the microsecond, as PostgreSQL keeps it, so that what is read back equals what was written. */
    private static Instant startingNow() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    @Override
    public ZoneId getZone() {
        return Territories.TIME_ZONE;
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
