package org.alliances.kernel;

/** The levels of French local government that the platform knows, from the smallest to the largest. */
public enum TerritoryLevel {
    COMMUNE, EPCI, DEPARTMENT, REGION;

    public String labelKey() {
        return "territory.level." + name();
    }
}
