package org.alliances.partnerships;

/**
 * The impact indicators partners measure, on each side of the double impact. A named indicator has its unit; the
 * "other" indicators of each side need a name and a unit given by the partners.
 */
public enum Indicator {
    PEOPLE_REACHED(ImpactSide.GENERAL_INTEREST, MeasureUnit.PEOPLE),
    JOBS_CREATED(ImpactSide.GENERAL_INTEREST, MeasureUnit.JOBS),
    WASTE_AVOIDED(ImpactSide.GENERAL_INTEREST, MeasureUnit.KILOGRAMS),
    VOLUNTEER_HOURS_RECEIVED(ImpactSide.GENERAL_INTEREST, MeasureUnit.HOURS),
    OTHER_GENERAL_INTEREST(ImpactSide.GENERAL_INTEREST, null),
    EMPLOYEES_ENGAGED(ImpactSide.COMPANY, MeasureUnit.PEOPLE),
    PRACTICES_CHANGED(ImpactSide.COMPANY, MeasureUnit.PRACTICES),
    INCLUSIVE_PURCHASES(ImpactSide.COMPANY, MeasureUnit.EUROS),
    OTHER_COMPANY(ImpactSide.COMPANY, null);

    private final ImpactSide side;
    private final MeasureUnit unit;

    Indicator(ImpactSide side, MeasureUnit unit) {
        this.side = side;
        this.unit = unit;
    }

    public ImpactSide side() {
        return side;
    }

    /** The unit of a named indicator; null for an "other" one, whose unit the partners choose. */
    public MeasureUnit unit() {
        return unit;
    }

    public boolean isOther() {
        return unit == null;
    }

    public String labelKey() {
        return "partnerships.indicator." + name();
    }
}
