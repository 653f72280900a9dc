package org.alliances.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Slows down guessing at the login: after a few failed logins, each next try must wait twice as long as the one before
 * — per client, per address from that client, and per address from anywhere (the last one capped at a minute, so
 * that nobody can keep the owner of a known address out). Failures older than a quarter of an hour are forgotten; a
 * success clears the failures of that address from that client. Kept in this instance's memory.
 */
@Component
public class LoginThrottle {

    /** The session attribute that tells the login page how many seconds the client must wait. */
    public static final String WAIT_SECONDS = "alliances.login.wait";

    /** Failures free of delay, before the delays double. */
    static final int FREE_PER_CLIENT = 10;
    static final int FREE_PER_ADDRESS_AND_CLIENT = 3;
    static final int FREE_PER_ADDRESS = 10;
    static final Duration LONGEST_WAIT = Duration.ofMinutes(15);
    static final Duration LONGEST_WAIT_PER_ADDRESS = Duration.ofMinutes(1);
    static final Duration MEMORY = Duration.ofMinutes(15);
    /** Past this many counters, those older than {@link #MEMORY} are dropped. */
    static final int PURGE_ABOVE = 10_000;

    private record Failures(int count, Instant last) {
    }

    private final Map<String, Failures> failures = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** How long this client must still wait before trying this address again; zero when it may try now. */
    public Duration waitFor(String address, String client) {
        var now = clock.instant();
        var key = normalize(address);
        var longest = max(remaining("client:" + client, FREE_PER_CLIENT, LONGEST_WAIT, now),
                remaining("pair:" + key + "|" + client, FREE_PER_ADDRESS_AND_CLIENT, LONGEST_WAIT, now));
        return max(longest, remaining("address:" + key, FREE_PER_ADDRESS, LONGEST_WAIT_PER_ADDRESS, now));
    }

    public void failed(String address, String client) {
        var now = clock.instant();
        if (failures.size() > PURGE_ABOVE) {
            // a script trying many addresses must not fill the memory: forget what is forgotten anyway
            failures.values().removeIf(recorded -> recorded.last().plus(MEMORY).isBefore(now));
        }
        var key = normalize(address);
        for (var counter : new String[] {"client:" + client, "pair:" + key + "|" + client, "address:" + key}) {
            failures.compute(counter, (any, before) -> before == null || before.last().plus(MEMORY).isBefore(now)
                    ? new Failures(1, now) : new Failures(before.count() + 1, now));
        }
    }

    public void succeeded(String address, String client) {
        failures.remove("pair:" + normalize(address) + "|" + client);
    }

    private Duration remaining(String counter, int free, Duration longest, Instant now) {
        var recorded = failures.get(counter);
        if (recorded == null || recorded.count() < free || recorded.last().plus(MEMORY).isBefore(now)) {
            return Duration.ZERO;
        }
        var exponent = Math.min(recorded.count() - free, 20);
        var delay = Duration.ofSeconds(1L << exponent);
        var wait = (delay.compareTo(longest) > 0 ? longest : delay).minus(Duration.between(recorded.last(), now));
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    private static String normalize(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    /** How many counters are kept now. */
    int counters() {
        return failures.size();
    }
}
