package org.alliances.observatory;

/**
 * The figures the read model keeps for every area: a count (and for contributions a sum), by dimension, for the day
 * (month 0) and, for those marked monthly, month by month.
 */
public enum Metric {
    /** Active organisations now, by type. */
    ORGANIZATIONS(false),
    /** Organisations that joined, by type. */
    ORGANIZATIONS_JOINED(true),
    /** Diagnoses completed. */
    DIAGNOSES(true),
    /** Organisations by the maturity level of their latest diagnosis. */
    MATURITY(false),
    /** Needs published. */
    NEEDS_PUBLISHED(true),
    /** Published needs by their status now (open, fulfilled, withdrawn, expired). */
    NEEDS(false),
    /** Needs open or expired without a partner, by theme (a need counts once in each of its themes). */
    UNMET_BY_THEME(false),
    /** Needs open or expired without a partner, by category of the models they accept. */
    UNMET_BY_CATEGORY(false),
    /** Interests expressed by companies in needs. */
    INTERESTS(false),
    /** Answered interests by the time the association took to answer, in whole hours. */
    RESPONSE_HOURS(false),
    /** Matches confirmed. */
    MATCHES(true),
    /** Partnerships started (by their start date). */
    PARTNERSHIPS_STARTED(true),
    /** Partnerships not declined, by their model now. */
    PARTNERSHIPS_BY_MODEL(false),
    /** Partnerships by their stage now. */
    PARTNERSHIPS_BY_STAGE(false),
    /** Changes of model, as "FROM>TO". */
    MODEL_FLOWS(false),
    /** Contributions recorded, by kind: lines counted, amounts summed (euros or hours, as the kind says). */
    CONTRIBUTIONS(false),
    /** Partnerships with at least one contribution of the kind: what a sum's masking counts. */
    CONTRIBUTORS(false);

    private final boolean monthly;

    Metric(boolean monthly) {
        this.monthly = monthly;
    }

    public boolean monthly() {
        return monthly;
    }
}
