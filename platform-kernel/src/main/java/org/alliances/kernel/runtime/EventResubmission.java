package org.alliances.kernel.runtime;

import java.time.Duration;
import java.time.Instant;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.modulith.events.ResubmissionOptions;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Delivers again the events a listener did not finish: it failed, or its instance stopped or was killed while the
 * event waited or ran (the registry marks such publications failed once they are {@code alliances.events.stale-after}
 * old). By one instance at a time (a scheduler lock), rather than by every instance at its start; every failed
 * publication older than {@code alliances.events.resubmit-after}, in batches of {@value #IN_FLIGHT} (the next batch
 * once the listeners have taken the previous one), for at most {@code alliances.events.resubmission-budget} a run: a
 * crash under a burst leaves thousands, and one batch a minute would take hours. The listeners are idempotent, so a
 * second delivery of an event one of them had in fact finished changes nothing.
 */
@Component
public class EventResubmission {

    private static final Logger log = LoggerFactory.getLogger(EventResubmission.class);

    /** The most publications delivered again at once. */
    static final int IN_FLIGHT = 100;

    private final IncompleteEventPublications incomplete;
    private final JdbcTemplate registry;
    private final Duration after;
    private final Duration budget;

    EventResubmission(IncompleteEventPublications incomplete, DataSource dataSource,
                      @Value("${alliances.events.resubmit-after:PT1M}") Duration after,
                      @Value("${alliances.events.resubmission-budget:PT50S}") Duration budget) {
        this.incomplete = incomplete;
        this.registry = new JdbcTemplate(dataSource);
        this.after = after;
        this.budget = budget;
    }

    /** Every minute, the failed publications older than {@code resubmit-after}, until none is left or the budget is spent. */
    @Scheduled(fixedDelayString = "${alliances.events.resubmission-interval:PT1M}", initialDelayString = "${alliances.events.resubmission-interval:PT1M}")
    @SchedulerLock(name = "event-resubmission", lockAtMostFor = "PT10M")
    public void resubmit() {
        var deadline = Instant.now().plus(budget);
        long left = failed();
        long first = left;
        while (left > 0 && Instant.now().isBefore(deadline)) {
            incomplete.resubmitIncompletePublications(ResubmissionOptions.defaults().withMinAge(after).withMaxInFlight(IN_FLIGHT)
                    .withBatchSize(IN_FLIGHT));
            long now = failed();
            if (now >= left) {
                pause();
            }
            left = now;
        }
        if (first > 0) {
            log.info("Delivered {} unfinished event publications again ({} left for the next run)", first - left, left);
        }
    }

    /** The failed publications old enough, by the database's clock (the registry's dates are the instances'). */
    private long failed() {
        return registry.queryForObject("select count(*) from event_publication where completion_date is null and status = 'FAILED' "
                + "and publication_date < now() - ? * interval '1 millisecond'", Long.class, after.toMillis());
    }

    private static void pause() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
        }
    }
}
