package org.alliances.partnerships.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import org.alliances.kernel.CooperationModel;
import org.alliances.partnerships.ContributionKind;
import org.springframework.stereotype.Component;

/**
 * Announces a closed partnership's outcome once, with the models it went through and what was contributed, so that
 * the library and the observatory need not read this module's tables.
 */
@Component
public class OutcomeAnnouncer {

    private final Partnerships partnerships;
    private final StageChanges history;
    private final Contributions contributions;
    private final Clock clock;

    OutcomeAnnouncer(Partnerships partnerships, StageChanges history, Contributions contributions, Clock clock) {
        this.partnerships = partnerships;
        this.history = history;
        this.contributions = contributions;
        this.clock = clock;
    }

    /** Announces when not done yet; the caller's transaction saves it with the partnership. */
    public void announce(StoredPartnership partnership) {
        var money = BigDecimal.ZERO;
        var hours = BigDecimal.ZERO;
        var inKind = BigDecimal.ZERO;
        for (var sum : contributions.sums(partnership.id())) {
            if (sum.getKind() == ContributionKind.MONEY) {
                money = money.add(sum.getTotal());
            } else if (sum.getKind().unit() == org.alliances.partnerships.MeasureUnit.HOURS) {
                hours = hours.add(sum.getTotal());
            } else {
                inKind = inKind.add(sum.getTotal());
            }
        }
        if (partnership.announceOutcome(modelsOf(partnership), money, hours, inKind, clock.instant())) {
            partnerships.save(partnership);
        }
    }

    /** The models the partnership went through, the first one first. */
    public List<CooperationModel> modelsOf(StoredPartnership partnership) {
        var models = new ArrayList<CooperationModel>();
        for (var line : history.findJourney(partnership.id())) {
            var model = line.toStageChange().model();
            if (models.isEmpty() || models.getLast() != model) {
                models.add(model);
            }
        }
        if (models.isEmpty() || models.getLast() != partnership.model()) {
            models.add(partnership.model());
        }
        return models;
    }
}
