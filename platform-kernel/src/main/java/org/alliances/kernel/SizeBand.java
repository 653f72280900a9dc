package org.alliances.kernel;

/** The size band of a company, by headcount, as INSEE defines the categories of enterprises. */
public enum SizeBand {
    MICRO, SMALL, MEDIUM, INTERMEDIATE, LARGE;

    public String labelKey() {
        return "size." + name();
    }
}
