package org.alliances.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.alliances.kernel.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The sending limits: so many in a sliding window, then refused; and what a script fills is forgotten. */
class ThrottleTests {

    final MutableClock clock = new MutableClock();
    final Throttle throttle = new Throttle(clock);

    @Test
    void aKeyIsRefusedBeyondItsLimitUntilTheOldestAttemptLeavesTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.allow("reset-address:ana@example.fr", 5, Duration.ofHours(1))).isTrue();
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(throttle.allow("reset-address:ana@example.fr", 5, Duration.ofHours(1))).isFalse();
        assertThat(throttle.allow("reset-address:bob@example.fr", 5, Duration.ofHours(1))).as("another key").isTrue();
        clock.advance(Duration.ofMinutes(56));
        assertThat(throttle.allow("reset-address:ana@example.fr", 5, Duration.ofHours(1))).isTrue();
        assertThatThrownBy(() -> throttle.allow("x", 1, Duration.ofDays(1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void keysLeftByAScriptAreDroppedOnceTheyCountNothing() {
        for (int i = 0; i <= Throttle.PURGE_ABOVE; i++) {
            throttle.allow("registration-client:10.0." + i, 10, Duration.ofHours(1));
        }
        clock.advance(Duration.ofHours(2));
        throttle.allow("registration-client:10.9.9.9", 10, Duration.ofHours(1));
        assertThat(throttle.keys()).isEqualTo(1);
    }

    @Test
    void loginCountersLeftByAScriptAreDroppedToo() {
        var logins = new LoginThrottle(clock);
        for (int i = 0; i <= LoginThrottle.PURGE_ABOVE; i++) {
            logins.failed("guess" + i + "@example.fr", "10.0.0.1");
        }
        clock.advance(LoginThrottle.MEMORY.plusMinutes(1));
        logins.failed("last@example.fr", "10.0.0.2");
        assertThat(logins.counters()).isEqualTo(3);
    }
}
