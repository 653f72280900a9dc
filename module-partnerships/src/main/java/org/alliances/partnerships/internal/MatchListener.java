package org.alliances.partnerships.internal;

import java.time.Clock;
import java.time.LocalDate;

import org.alliances.matching.MatchConfirmed;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A confirmed match opens a partnership at its first contacts. Idempotent: a match delivered again finds its
 * partnership already open (one per interest, also enforced by the table).
 */
@Component
class MatchListener {

    private final Partnerships partnerships;
    private final StageChanges history;
    private final Clock clock;

    MatchListener(Partnerships partnerships, StageChanges history, Clock clock) {
        this.partnerships = partnerships;
        this.history = history;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(MatchConfirmed event) {
        if (partnerships.existsByInterestId(event.interestId())) {
            return;
        }
        var partnership = StoredPartnership.fromMatch(event.interestId(), event.needId(), event.associationId(), event.companyId(),
                event.model(), event.communeCode(), LocalDate.now(clock), clock.instant());
        partnerships.save(partnership);
        history.save(partnership.openingLine(null, null));
    }
}
