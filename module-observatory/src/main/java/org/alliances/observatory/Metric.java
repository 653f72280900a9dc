package org.alliances.observatory;

/**
 * The figures the read model keeps for every area: a count (and for contributions a sum), by dimension, for the day
 * (month 0) and month by month (the reports show those of {@code Reports.MONTHLY} over the last 24 months).
 */
public enum Metric {
    /** Active organisations now, by type. */
    ORGANIZATIONS,
    /** Organisations that joined, by type. */
    ORGANIZATIONS_JOINED,
    /** Diagnoses completed. */
    DIAGNOSES,
    /** Organisations by the maturity level of their latest diagnosis. */
    MATURITY,
    /** Needs published. */
    NEEDS_PUBLISHED,
    /** Published needs by their status now (open, fulfilled, withdrawn, expired). */
    NEEDS,
    /** Needs open or expired without a partner, by theme (a need counts once in each of its themes). */
    UNMET_BY_THEME,
    /** Needs open or expired without a partner, by category of the models they accept. */
    UNMET_BY_CATEGORY,
    /** Interests expressed by companies in needs. */
    INTERESTS,
    /** Answered interests by the time the association took to answer, in whole hours. */
    RESPONSE_HOURS,
    /** Matches confirmed. */
    MATCHES,
    /** Partnerships started (by their start date). */
    PARTNERSHIPS_STARTED,
    /** Partnerships not declined, by their model now. */
    PARTNERSHIPS_BY_MODEL,
    /** Partnerships by their stage now. */
    PARTNERSHIPS_BY_STAGE,
    /** Changes of model, as "FROM>TO". */
    MODEL_FLOWS,
    /** Contributions recorded, by kind: lines counted, amounts summed (euros or hours, as the kind says). */
    CONTRIBUTIONS,
    /** Partnerships with at least one contribution of the kind: what a sum's masking counts. */
    CONTRIBUTORS
}
