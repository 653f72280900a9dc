package org.alliances.partnerships;

import java.math.BigDecimal;

/**
 * The units contributions and impact indicators are counted in, each with the largest value that still makes sense
 * (above it, the figure is a typing mistake).
 */
public enum MeasureUnit {
    EUROS(new BigDecimal("1000000000")),
    HOURS(new BigDecimal("10000000")),
    PEOPLE(new BigDecimal("100000000")),
    JOBS(new BigDecimal("1000000")),
    KILOGRAMS(new BigDecimal("1000000000")),
    TONNES(new BigDecimal("1000000")),
    PRACTICES(new BigDecimal("100000")),
    ITEMS(new BigDecimal("1000000000")),
    PERCENT(new BigDecimal("100"));

    private final BigDecimal largest;

    MeasureUnit(BigDecimal largest) {
        this.largest = largest;
    }

    public BigDecimal largest() {
        return largest;
    }

    public String labelKey() {
        return "partnerships.unit." + name();
    }
}
