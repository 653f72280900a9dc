package org.alliances.accounts.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Counts what a script could hammer (e-mails asked for an address or from a client) over a sliding window, in this
 * instance's memory: beyond the limit the caller refuses, with a message, until the oldest attempt leaves the window.
 */
@Component
public class Throttle {

    /** Past this many keys, those whose attempts are all older than {@link #LONGEST_WINDOW} are dropped. */
    static final int PURGE_ABOVE = 10_000;
    /** The longest window any caller counts over. */
    static final Duration LONGEST_WINDOW = Duration.ofHours(1);

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    Throttle(Clock clock) {
        this.clock = clock;
    }

    /** Counts one attempt for the key; false, and nothing counted, when the key already had {@code limit} in the window. */
    public boolean allow(String key, int limit, Duration window) {
        if (window.compareTo(LONGEST_WINDOW) > 0) {
            throw new IllegalArgumentException("A window longer than " + LONGEST_WINDOW + " would be forgotten too soon");
        }
        var now = clock.instant();
        if (attempts.size() > PURGE_ABOVE) {
            // many keys (a script trying addresses) must not fill the memory: drop those with nothing left in any window
            attempts.values().removeIf(recent -> {
                synchronized (recent) {
                    return recent.isEmpty() || !recent.peekLast().isAfter(now.minus(LONGEST_WINDOW));
                }
            });
        }
        var recent = attempts.computeIfAbsent(key, any -> new ArrayDeque<>());
        synchronized (recent) {
            while (!recent.isEmpty() && !recent.peekFirst().isAfter(now.minus(window))) {
                recent.pollFirst();
            }
            if (recent.size() >= limit) {
                return false;
            }
            recent.addLast(now);
            return true;
        }
    }

    /** How many keys are counted now. */
    int keys() {
        return attempts.size();
    }
}
