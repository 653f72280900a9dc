package org.alliances.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.alliances.kernel.testing.MutableClock;
import org.junit.jupiter.api.Test;

/** The waits after failed logins: doubling, per client, per address from a client, per address (capped), forgotten after a while. */
class LoginThrottleTests {

    final MutableClock clock = new MutableClock();
    final LoginThrottle throttle = new LoginThrottle(clock);

    void fail(String address, String client, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(address, client);
        }
    }

    @Test
    void anAddressTriedFromOneClientWaitsTwiceAsLongAfterEachFailure() {
        fail("ana@example.fr", "10.0.0.1", 2);
        assertThat(throttle.waitFor("ana@example.fr", "10.0.0.1")).isZero();
        fail("ana@example.fr", "10.0.0.1", 1);
        assertThat(throttle.waitFor("ANA@example.fr ", "10.0.0.1")).as("the address in any case").isEqualTo(Duration.ofSeconds(1));
        fail("ana@example.fr", "10.0.0.1", 1);
        assertThat(throttle.waitFor("ana@example.fr", "10.0.0.1")).isEqualTo(Duration.ofSeconds(2));
        fail("ana@example.fr", "10.0.0.1", 3);
        assertThat(throttle.waitFor("ana@example.fr", "10.0.0.1")).isEqualTo(Duration.ofSeconds(16));
        clock.advance(Duration.ofSeconds(10));
        assertThat(throttle.waitFor("ana@example.fr", "10.0.0.1")).as("what is left of the wait").isEqualTo(Duration.ofSeconds(6));
        assertThat(throttle.waitFor("ana@example.fr", "10.0.0.2")).as("the owner elsewhere").isZero();
    }

    @Test
    void anAddressHammeredFromEverywhereWaitsAtMostAMinute() {
        for (int client = 0; client < 40; client++) {
            fail("known@example.fr", "10.1.0." + client, 1);
        }
        assertThat(throttle.waitFor("known@example.fr", "10.9.9.9")).isEqualTo(LoginThrottle.LONGEST_WAIT_PER_ADDRESS);
    }

    @Test
    void aClientTryingManyAddressesWaitsAndASuccessClearsOnlyItsPair() {
        for (int address = 0; address < LoginThrottle.FREE_PER_CLIENT; address++) {
            fail("guess" + address + "@example.fr", "10.2.0.1", 1);
        }
        assertThat(throttle.waitFor("someone@example.fr", "10.2.0.1")).isEqualTo(Duration.ofSeconds(1));
        throttle.succeeded("guess0@example.fr", "10.2.0.1");
        assertThat(throttle.waitFor("someone@example.fr", "10.2.0.1")).as("the client's count stays").isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void failuresAreForgottenAfterAQuarterOfAnHour() {
        fail("bob@example.fr", "10.3.0.1", 8);
        assertThat(throttle.waitFor("bob@example.fr", "10.3.0.1")).isPositive();
        clock.advance(LoginThrottle.MEMORY.plusSeconds(1));
        assertThat(throttle.waitFor("bob@example.fr", "10.3.0.1")).isZero();
        fail("bob@example.fr", "10.3.0.1", 1);
        assertThat(throttle.waitFor("bob@example.fr", "10.3.0.1")).as("counting starts again").isZero();
    }
}
