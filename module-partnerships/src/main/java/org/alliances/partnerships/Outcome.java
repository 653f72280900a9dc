package org.alliances.partnerships;

/**
 * One partner's answer when the partnership closes.
 *
 * @param happened whether the partnership really took place
 * @param brought what it brought to this partner, in its own words
 * @param satisfaction from 1 (not at all satisfied) to 5 (very satisfied)
 * @param publicCaseStudy whether this partner agrees to make it a public case study (both must agree)
 */
public record Outcome(Boolean happened, String brought, Integer satisfaction, boolean publicCaseStudy) {
}
