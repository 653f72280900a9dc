package org.alliances.matching.internal;

import java.util.UUID;

import org.alliances.matching.PartnerProfile;

/**
 * A company in the matching index's compact form (its organisation as a small code, bit masks of themes,
 * contributions and targeted categories, capacities by contribution, places, maturity as an ordinal or -1), and its
 * profile for the reasons of the winners.
 */
public record CompanyEntry(UUID id, int code, String name, String searchableName, long themes, int contributions, int[] capacities,
                           Place[] places, int targets, int maturity, PartnerProfile profile) {
}
