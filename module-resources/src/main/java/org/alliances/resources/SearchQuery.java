package org.alliances.resources;

import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

import org.alliances.kernel.TextChecks;

/**
 * A search in the library: words (may be blank: then the newest first) and, per facet, the values chosen (any of them
 * matches; facets combine with "and"). Values are the codes of the facet (enum names, département codes, years).
 */
public record SearchQuery(String text, Map<Facet, Set<String>> filters) {

    /** More words than anyone searches with: the rest is left out. */
    public static final int TEXT_LONGEST = 300;

    public SearchQuery {
        text = text == null ? null : TextChecks.searchWords(text, TEXT_LONGEST);
        var copy = new EnumMap<Facet, Set<String>>(Facet.class);
        if (filters != null) {
            filters.forEach((facet, values) -> {
                if (values != null && !values.isEmpty()) {
                    copy.put(facet, Set.copyOf(values));
                }
            });
        }
        filters = Map.copyOf(copy);
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, Map.of());
    }

    public SearchQuery with(Facet facet, String... values) {
        var copy = new EnumMap<Facet, Set<String>>(Facet.class);
        copy.putAll(filters);
        copy.put(facet, Set.copyOf(java.util.List.of(values)));
        return new SearchQuery(text, copy);
    }

    public boolean hasText() {
        return text != null && !text.isBlank();
    }
}
