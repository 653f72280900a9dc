package org.alliances.partnerships;

import org.alliances.kernel.TextColumn;

/**
 * One partner's answer when the partnership closes.
 *
 * @param happened whether the partnership really took place
 * @param brought what it brought to this partner, in its own words
 * @param satisfaction from 1 (not at all satisfied) to 5 (very satisfied)
 * @param publicCaseStudy whether this partner agrees to make it a public case study (both must agree)
 */
public record Outcome(Boolean happened, String brought, Integer satisfaction, boolean publicCaseStudy) {

    /** What the partnership brought, in the partner's words (each partner's own column, of the same length). */
    public static final TextColumn BROUGHT = TextColumn.lines("partnerships_partnership", "association_brought", 2000);
}
