package org.alliances.partnerships.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.partnerships.ModelAdvice;
import org.alliances.partnerships.ModelAdvice.Reason;

/**
 * Advice for the next step of the journey: the current model's neighbours on the typology line. A model that belongs
 * only to the entry-door categories suits every maturity; a model with a co-construction category is within reach when
 * both partners reached {@link MaturityLevel#STRUCTURED} in their latest diagnosis. No model is better than another:
 * the advice says why, the partners choose.
 */
public final class JourneyAdvisor {

    private JourneyAdvisor() {
    }

    /**
     * @param associationMaturity and {@code companyMaturity}: null when the partner has no diagnosis
     * @return the neighbours, those within reach first, each with its reasons
     */
    public static List<ModelAdvice> advise(CooperationModel current, MaturityLevel associationMaturity, MaturityLevel companyMaturity) {
        var advice = new ArrayList<ModelAdvice>();
        for (var candidate : current.neighbours()) {
            var reasons = new ArrayList<Reason>();
            if (candidate.isCrossroads()) {
                var categories = candidate.categories().stream().sorted().map(Category::labelKey).toList();
                reasons.add(new Reason("partnerships.advice.crossroads", categories));
            } else {
                reasons.add(new Reason("partnerships.advice.neighbour", List.of(current.labelKey(),
                        candidate.categories().iterator().next().labelKey())));
            }
            boolean needsMaturity = candidate.categories().stream().anyMatch(category -> !category.isEntryDoor());
            boolean withinReach = true;
            if (!needsMaturity) {
                reasons.add(new Reason("partnerships.advice.entry-door", List.of()));
            } else {
                withinReach = ready("ASSOCIATION", associationMaturity, reasons) & ready("COMPANY", companyMaturity, reasons);
                if (withinReach) {
                    reasons.add(new Reason("partnerships.advice.maturity.both",
                            List.of(associationMaturity.labelKey(), companyMaturity.labelKey())));
                }
            }
            advice.add(new ModelAdvice(candidate, withinReach, List.copyOf(reasons)));
        }
        advice.sort(Comparator.comparing((ModelAdvice one) -> !one.withinReach()));
        return List.copyOf(advice);
    }

    private static boolean ready(String side, MaturityLevel maturity, List<Reason> reasons) {
        if (maturity == null) {
            reasons.add(new Reason("partnerships.advice.maturity.unknown." + side, List.of()));
            return false;
        }
        if (maturity.isLow()) {
            reasons.add(new Reason("partnerships.advice.maturity.low." + side,
                    List.of(maturity.labelKey(), MaturityLevel.STRUCTURED.labelKey())));
            return false;
        }
        return true;
    }
}
