package org.alliances.observatory;

import org.alliances.kernel.TerritoryLevel;

/** The levels the observatory shows, from the whole country down to a commune; each area key starts with its letter. */
public enum AreaLevel {
    COUNTRY("FR"), REGION("R"), DEPARTMENT("D"), EPCI("E"), COMMUNE("C");

    private final String prefix;

    AreaLevel(String prefix) {
        this.prefix = prefix;
    }

    public String prefix() {
        return prefix;
    }

    public static AreaLevel of(TerritoryLevel level) {
        return switch (level) {
            case REGION -> REGION;
            case DEPARTMENT -> DEPARTMENT;
            case EPCI -> EPCI;
            case COMMUNE -> COMMUNE;
        };
    }

    public String labelKey() {
        return "observatory.level." + name();
    }
}
