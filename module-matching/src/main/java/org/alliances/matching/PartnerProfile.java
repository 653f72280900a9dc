package org.alliances.matching;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.Theme;

/**
 * What a company says it can bring to partnerships, and what its last diagnosis said of it.
 *
 * @param contributions each contribution offered with its capacity (euros or hours a year; null when it is not
 *                      counted or not given)
 * @param communeCodes the communes where the company is present
 * @param targetCategories the categories it targets, best first (pre-filled from its last diagnosis)
 * @param maturity its maturity level from its last diagnosis, or null when it has not taken one
 */
public record PartnerProfile(UUID organizationId, Set<Theme> themes, Map<Contribution, Integer> contributions,
                             Set<String> communeCodes, List<Category> targetCategories, MaturityLevel maturity) {

    public PartnerProfile {
        themes = Set.copyOf(themes);
        contributions = java.util.Collections.unmodifiableMap(new java.util.EnumMap<>(contributions.isEmpty()
                ? new java.util.EnumMap<Contribution, Integer>(Contribution.class) : contributions));
        communeCodes = Set.copyOf(communeCodes);
        targetCategories = List.copyOf(targetCategories);
    }
}
