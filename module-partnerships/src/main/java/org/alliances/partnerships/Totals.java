package org.alliances.partnerships;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

/**
 * What a partnership gathered: contributions per partner and kind, and impact measures summed per side of the double
 * impact (per indicator, name and unit).
 */
public record Totals(List<ContributionTotal> contributions, List<ImpactTotal> impacts) {

    public record ContributionTotal(UUID givenBy, ContributionKind kind, BigDecimal total, long count) {
    }

    public record ImpactTotal(ImpactSide side, Indicator indicator, String label, MeasureUnit unit, BigDecimal total, long count) {
    }

    public List<ImpactTotal> impactsOn(ImpactSide side) {
        return impacts.stream().filter(total -> total.side() == side).toList();
    }
}
