package org.alliances.partnerships.internal;

import java.time.Clock;

import org.alliances.partnerships.PartnershipService;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps partnerships alive: partners of a partnership with no activity for {@link PartnershipService#IDLE_AFTER} are
 * reminded once per quiet spell; a partnership closed by one partner is announced with the other's outcome missing
 * when it has not answered within {@link PartnershipService#OUTCOME_WAIT}. Runs daily; running twice changes nothing
 * more.
 */
@Component
public class Reminders {

    private final Partnerships partnerships;
    private final OutcomeAnnouncer announcer;
    private final Clock clock;

    Reminders(Partnerships partnerships, OutcomeAnnouncer announcer, Clock clock) {
        this.partnerships = partnerships;
        this.announcer = announcer;
        this.clock = clock;
    }

    @Scheduled(cron = "${alliances.partnerships.reminders-cron:0 20 6 * * *}")
    @SchedulerLock(name = "partnership-reminders", lockAtLeastFor = "PT30S")
    @Transactional
    public void apply() {
        var now = clock.instant();
        for (var partnership : partnerships.findUnderwayIdleSince(now.minus(PartnershipService.IDLE_AFTER))) {
            if (partnership.remindIdle(PartnershipService.IDLE_AFTER, now)) {
                partnerships.save(partnership);
            }
        }
        for (var partnership : partnerships.findOutcomeUnannouncedClosedBefore(now.minus(PartnershipService.OUTCOME_WAIT))) {
            announcer.announce(partnership);
        }
    }
}
