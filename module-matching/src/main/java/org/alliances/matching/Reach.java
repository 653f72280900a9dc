package org.alliances.matching;

import org.alliances.kernel.Proximity;

/** How far from its commune an association looks for a partner: partners farther away are not recommended. */
public enum Reach {
    /** The same commune or intercommunality. */
    LOCAL(Proximity.SAME_EPCI),
    DEPARTMENT(Proximity.SAME_DEPARTMENT),
    REGION(Proximity.SAME_REGION),
    NATIONAL(Proximity.NATIONAL);

    private final Proximity farthest;

    Reach(Proximity farthest) {
        this.farthest = farthest;
    }

    /** Whether a partner at this proximity is within reach. */
    public boolean covers(Proximity proximity) {
        return !farthest.isCloserThan(proximity);
    }

    public String labelKey() {
        return "matching.reach." + name();
    }
}
