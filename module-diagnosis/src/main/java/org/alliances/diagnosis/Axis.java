package org.alliances.diagnosis;

/**
 * The five axes of partnership maturity a diagnosis measures, each scored from 0 to 100.
 * The priority objectives are not an axis: they orient the choice of a category, they do not measure maturity.
 */
public enum Axis {
    /** Partnerships lived so far, and how far they went. */
    EXPERIENCE,
    /** Whether partnership is part of the strategy, and who carries it. */
    STRATEGY,
    /** Time, people, money and skills the organisation can commit. */
    RESOURCES,
    /** Knowledge of the territory's actors and trust with partners. */
    RELATIONS,
    /** How the organisation evaluates its partnerships and uses the results. */
    EVALUATION;

    public String labelKey() {
        return "diagnosis.axis." + name();
    }
}
