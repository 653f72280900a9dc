package org.alliances.matching.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import org.alliances.matching.Interest.InterestStatus;
import org.alliances.matching.NeedStatus;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Response time counts: an interest unanswered after {@link #REMINDER_AFTER} is recalled to the association once;
 * after {@link #LAPSE_AFTER} it lapses and the company is told. A published need expires at its deadline, or after
 * {@link #INACTIVITY_LIMIT} without activity, with a notice {@link #NOTICE_BEFORE} before. Runs every hour; running
 * twice changes nothing more.
 */
@Component
public class Deadlines {

    /** Ten days: long enough for a volunteer board, short enough for a company to keep its interest. */
    public static final Duration REMINDER_AFTER = Duration.ofDays(10);
    /** Thirty days without an answer: the company is free to look elsewhere. */
    public static final Duration LAPSE_AFTER = Duration.ofDays(30);
    /** A need nobody touched for ninety days is probably no longer current. */
    public static final Duration INACTIVITY_LIMIT = Duration.ofDays(90);
    /** A week's notice lets the association extend or edit its need. */
    public static final Duration NOTICE_BEFORE = Duration.ofDays(7);

    private final Interests interests;
    private final Needs needs;
    private final MatchIndex index;
    private final Clock clock;

    Deadlines(Interests interests, Needs needs, MatchIndex index, Clock clock) {
        this.interests = interests;
        this.needs = needs;
        this.index = index;
        this.clock = clock;
    }

    @Scheduled(cron = "${alliances.matching.deadlines-cron:0 5 * * * *}")
    @SchedulerLock(name = "matching-deadlines", lockAtLeastFor = "PT30S")
    @Transactional
    public void apply() {
        var now = clock.instant();
        for (var interest : interests.findByStatusAndExpressedAtBefore(InterestStatus.PENDING, now.minus(REMINDER_AFTER))) {
            var waited = Duration.between(interest.expressedAt(), now);
            if (waited.compareTo(LAPSE_AFTER) >= 0) {
                interest.lapse(now);
                interests.save(interest);
            } else if (interest.remind(waited, now)) {
                interests.save(interest);
            }
        }
        var today = LocalDate.ofInstant(now, clock.getZone());
        for (var need : needs.findByStatus(NeedStatus.PUBLISHED)) {
            var byInactivity = LocalDate.ofInstant(need.lastActivityAt().plus(INACTIVITY_LIMIT), clock.getZone());
            var expiresOn = need.deadline() == null || byInactivity.isBefore(need.deadline()) ? byInactivity : need.deadline();
            if (today.isAfter(expiresOn)) {
                need.close(NeedStatus.EXPIRED, now);
                needs.save(need);
                index.needChanged(need.id());
            } else if (!today.isBefore(expiresOn.minusDays(NOTICE_BEFORE.toDays())) && need.announceExpiry(expiresOn, now)) {
                needs.save(need);
            }
        }
    }
}
