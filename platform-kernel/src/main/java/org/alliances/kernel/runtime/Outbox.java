package org.alliances.kernel.runtime;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The e-mails this instance would have sent, when no mail host is configured: the latest {@link #CAPACITY}, in
 * memory, so that a person trying the demo can follow a confirmation, a reset or an invitation end to end.
 */
@Component
public class Outbox {

    public static final int CAPACITY = 200;

    /** An e-mail as it would have left. */
    public record Mail(Instant at, String to, String subject, String text) {
    }

    private final Deque<Mail> mails = new ArrayDeque<>();
    private final Clock clock;

    Outbox(Clock clock) {
        this.clock = clock;
    }

    synchronized void add(String to, String subject, String text) {
        if (mails.size() == CAPACITY) {
            mails.removeLast();
        }
        mails.addFirst(new Mail(clock.instant(), to, subject, text));
    }

    /** The e-mails kept, the latest first. */
    public synchronized List<Mail> latest() {
        return List.copyOf(mails);
    }
}
