package org.alliances.kernel.runtime;

import java.time.Duration;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events a listener did not finish (the instance stopped or crashed while it ran, or it failed),
 * once they are {@code alliances.events.resubmit-after} old: by one instance at a time (a scheduler lock), a batch
 * at a time, rather than by every instance at its start. The listeners are idempotent, so a second delivery of an
 * event one of them had in fact finished changes nothing.
 */
@Component
public class EventResubmission {

    /** The most publications delivered again at once. */
    static final int IN_FLIGHT = 50;

    private final IncompleteEventPublications incomplete;
    private final Duration after;

    EventResubmission(IncompleteEventPublications incomplete, @Value("${alliances.events.resubmit-after:PT1M}") Duration after) {
        this.incomplete = incomplete;
        this.after = after;
    }

    /** Every minute, the publications left incomplete for longer than {@code resubmit-after}. */
    @Scheduled(fixedDelayString = "${alliances.events.resubmission-interval:PT1M}", initialDelayString = "${alliances.events.resubmission-interval:PT1M}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M")
    public void resubmit() {
        incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(after).withMaxInFlight(IN_FLIGHT).withBatchSize(IN_FLIGHT));
    }
}
