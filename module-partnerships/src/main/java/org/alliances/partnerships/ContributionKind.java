package org.alliances.partnerships;

/**
 * What one partner brings to the partnership, and how it is counted: money in euros, skills and volunteering in hours,
 * goods in kind and logistics at their estimated value in euros.
 */
public enum ContributionKind {
    MONEY(MeasureUnit.EUROS),
    SKILLS(MeasureUnit.HOURS),
    VOLUNTEERING(MeasureUnit.HOURS),
    IN_KIND(MeasureUnit.EUROS),
    LOGISTICS(MeasureUnit.EUROS);

    private final MeasureUnit unit;

    ContributionKind(MeasureUnit unit) {
        this.unit = unit;
    }

    public MeasureUnit unit() {
        return unit;
    }

    /** Goods and logistics are valued by the partners: the amount is an estimate, and what was given must be said. */
    public boolean isEstimated() {
        return this == IN_KIND || this == LOGISTICS;
    }

    public String labelKey() {
        return "partnerships.contribution." + name();
    }
}
