package org.alliances.diagnosis;

/**
 * The four levels of partnership maturity, from the first steps to co-construction, with the lowest overall score
 * (0 to 100) each one starts at. The two lowest levels are "low maturity": an entry door comes first.
 */
public enum MaturityLevel {
    /** Éveil: partnership is an idea more than a practice. */
    AWAKENING(0),
    /** Expérimentation: first actions, taken case by case. */
    EXPERIMENTING(30),
    /** Structuration: partnership is organised, carried and followed. */
    STRUCTURED(55),
    /** Co-construction: partners build and decide together, and take risks together. */
    CO_BUILDING(80);

    private final int lowestScore;

    MaturityLevel(int lowestScore) {
        this.lowestScore = lowestScore;
    }

    public int lowestScore() {
        return lowestScore;
    }

    /** The level an overall score from 0 to 100 falls in. */
    public static MaturityLevel of(int overallScore) {
        var result = AWAKENING;
        for (var level : values()) {
            if (overallScore >= level.lowestScore) {
                result = level;
            }
        }
        return result;
    }

    /** Below {@link #STRUCTURED}, co-construction is not yet within reach: start through an entry door. */
    public boolean isLow() {
        return compareTo(STRUCTURED) < 0;
    }

    /** 1 to 4, for charts and reports. */
    public int rank() {
        return ordinal() + 1;
    }

    public String labelKey() {
        return "diagnosis.level." + name();
    }

    public String descriptionKey() {
        return "diagnosis.level." + name() + ".description";
    }
}
