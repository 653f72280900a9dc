package org.alliances.matching.internal;

import java.util.UUID;

/**
 * A published need in the matching index's compact form (its organisation as a small code, bit masks, the farthest
 * proximity its reach covers, each model's categories packed four bits a model), and its facts for the reasons of the
 * winners.
 */
public record NeedEntry(UUID id, UUID organizationId, int organizationCode, String organizationName, String title, String searchableText, long themes,
                        int themeCount, int contribution, int categories, Place place, int farthest, boolean quantityCounted,
                        double quantity, long modelCategories, int modelCount, boolean coConstruction, MatchScoring.NeedFacts facts) {
}
