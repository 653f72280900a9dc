package org.alliances.partnerships;

/**
 * Where a partnership stands. Which stages a partnership goes through, and in which order, depends on its
 * {@link Path}; {@link Lifecycle} holds the allowed transitions.
 */
public enum Stage {
    /** Declared by one partner, waiting for the other one to confirm. */
    PROPOSED,
    /** First contacts. */
    EMERGENCE,
    /** Co-building, the agreement. */
    CONSTRUCTION,
    /** The experiment that shows the joint answer works (co-construction paths). */
    PROOF_OF_CONCEPT,
    /** Implementation. */
    ACTIVE,
    /** The answer is rolled out more widely (co-construction paths). */
    SCALING,
    /** Partners look at what it brought; then they renew, evolve to another model, or end it. */
    EVALUATION,
    /** Over, with an outcome. */
    ENDED,
    /** The declared partnership was not confirmed by the other side. */
    DECLINED;

    /** An ended or declined partnership changes no more. */
    public boolean isFinal() {
        return this == ENDED || this == DECLINED;
    }

    /** Partners work together: contributions and indicators can be recorded, the model can evolve. */
    public boolean isUnderway() {
        return !isFinal() && this != PROPOSED;
    }

    public String labelKey() {
        return "partnerships.stage." + name();
    }
}
