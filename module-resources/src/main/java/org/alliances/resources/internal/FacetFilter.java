package org.alliances.resources.internal;

import java.util.Map;
import java.util.Set;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.resources.Facet;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceType;

/** The chosen values of each facet as masks over the columns. */
final class FacetFilter {

    private static final Facet[] FACETS = Facet.values();

    static final int DIMENSIONS = 8;
    private final long[] masks = new long[DIMENSIONS];
    private final boolean[] active = new boolean[DIMENSIONS];
    private final Set<String> departmentCodes;
    private final Set<String> years;
    final boolean any;

    FacetFilter(Map<Facet, Set<String>> filters) {
        any = !filters.isEmpty();
        for (var entry : filters.entrySet()) {
            var facet = entry.getKey();
            active[facet.ordinal()] = true;
            for (var value : entry.getValue()) {
                int bit = switch (facet) {
                    case TYPE -> IndexedDocuments.ordinal(ResourceType.class, value);
                    case PURPOSE -> IndexedDocuments.ordinal(Purpose.class, value);
                    case CATEGORY -> IndexedDocuments.ordinal(Category.class, value);
                    case MODEL -> IndexedDocuments.ordinal(CooperationModel.class, value);
                    case AUDIENCE -> IndexedDocuments.ordinal(OrganizationType.class, value);
                    case THEME -> IndexedDocuments.ordinal(Theme.class, value);
                    default -> -1;
                };
                if (bit >= 0) {
                    masks[facet.ordinal()] |= 1L << bit;
                }
            }
        }
        departmentCodes = filters.getOrDefault(Facet.DEPARTMENT, Set.of());
        years = filters.getOrDefault(Facet.YEAR, Set.of());
    }

    boolean passes(int dimension, IndexedDocuments index, int doc) {
        if (!active[dimension]) {
            return true;
        }
        return switch (FACETS[dimension]) {
            case TYPE -> (masks[dimension] & 1L << index.type[doc]) != 0;
            case PURPOSE -> (masks[dimension] & 1L << index.purpose[doc]) != 0;
            case CATEGORY -> (masks[dimension] & index.categories[doc]) != 0;
            case MODEL -> (masks[dimension] & index.models[doc]) != 0;
            case AUDIENCE -> (masks[dimension] & index.audiences[doc]) != 0;
            case THEME -> (masks[dimension] & (index.themes[doc] & 0xFFFFFFFFL)) != 0;
            case DEPARTMENT -> index.department[doc] >= 0 && departmentCodes.contains(index.departments.get(index.department[doc]));
            case YEAR -> index.year[doc] > 0 && years.contains(Short.toString(index.year[doc]));
        };
    }
}
