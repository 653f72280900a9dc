package org.alliances.partnerships;

/** The two sides of the double impact of a partnership. */
public enum ImpactSide {
    GENERAL_INTEREST, COMPANY;

    public String labelKey() {
        return "partnerships.side." + name();
    }
}
