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

    private final Map<String, Deque<Instant>> attempts = new ConcurrentHashMap<>();
    private final Clock clock;

    Throttle(Clock clock) {
        this.clock = clock;
    }

    /** Counts one attempt for the key; false, and nothing counted, when the key already had {@code limit} in the window. */
    public boolean allow(String key, int limit, Duration window) {
        var now = clock.instant();
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
}
