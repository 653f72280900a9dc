package org.alliances.matching.internal;

import org.alliances.diagnosis.MaturityLevel;

/** A maturity in the index's compact form: its ordinal, or -1 when the company has no diagnosis. */
final class MaturityLevels {

    private static final MaturityLevel[] LEVELS = MaturityLevel.values();

    private MaturityLevels() {
    }

    static int ordinal(MaturityLevel level) {
        return level == null ? -1 : level.ordinal();
    }

    static MaturityLevel of(int ordinal) {
        return ordinal < 0 ? null : LEVELS[ordinal];
    }
}
