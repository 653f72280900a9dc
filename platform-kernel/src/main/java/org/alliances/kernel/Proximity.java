package org.alliances.kernel;

/**
 * How close two communes are, from the closest to the farthest: the hierarchy used by matching and the observatory.
 */
public enum Proximity {
    SAME_COMMUNE, SAME_EPCI, SAME_DEPARTMENT, SAME_REGION, NATIONAL;

    public boolean isCloserThan(Proximity other) {
        return ordinal() < other.ordinal();
    }

    public String labelKey() {
        return "proximity." + name();
    }
}
