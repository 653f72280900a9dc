package org.alliances.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.alliances.TestSupport;
import org.alliances.kernel.runtime.EventResubmission;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * An event whose listener failed (as when the instance stopped while it ran) stays incomplete, and is delivered again
 * by the resubmission job, not by every instance's start; a second run finds nothing left.
 */
@SpringBootTest(properties = "alliances.events.resubmit-after=PT0S")
@Import({TestSupport.class, EventResubmissionTests.FlakyListener.class})
class EventResubmissionTests {

    /** An event for this test only. */
    record Delivered(UUID id) {
    }

    /** Fails the first delivery of each event, as a listener interrupted would; takes the second. */
    @TestConfiguration(proxyBeanMethods = false)
    static class FlakyListener {

        private final Set<UUID> attempted = ConcurrentHashMap.newKeySet();
        private final Set<UUID> handled = ConcurrentHashMap.newKeySet();

        @ApplicationModuleListener
        void on(Delivered event) {
            if (attempted.add(event.id())) {
                throw new IllegalStateException("interrupted on purpose");
            }
            handled.add(event.id());
        }

        public boolean attempted(UUID id) {
            return attempted.contains(id);
        }

        public boolean handled(UUID id) {
            return handled.contains(id);
        }
    }

    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;
    @Autowired EventResubmission resubmission;
    @Autowired FlakyListener listener;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anEventLeftIncompleteIsDeliveredAgainByTheResubmission() {
        var id = UUID.randomUUID();
        transactions.executeWithoutResult(status -> events.publishEvent(new Delivered(id)));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> listener.attempted(id) && incomplete(id) == 1);
        assertThat(listener.handled(id)).isFalse();

        resubmission.resubmit();
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> listener.handled(id));
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> incomplete(id) == 0);
        resubmission.resubmit();
        assertThat(listener.handled(id)).isTrue();
    }

    private long incomplete(UUID id) {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null and serialized_event like ?", Long.class,
                "%" + id + "%");
    }
}
