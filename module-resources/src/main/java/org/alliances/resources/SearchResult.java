package org.alliances.resources;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A page of search results, ranked, with the number of results of every facet value (counted as if that facet's own
 * choice were not made, so that other values stay visible).
 *
 * @param total how many published resources match
 */
public record SearchResult(List<Hit> hits, long total, int page, Map<Facet, Map<String, Long>> facets) {

    /**
     * One result.
     *
     * @param highlighted the summary with the matching words between {@code <mark>} and {@code </mark>}, the rest escaped
     */
    public record Hit(UUID id, String title, String highlighted, ResourceType type, Purpose purpose, Integer year, float rank) {
    }

    public int pages() {
        return (int) Math.max(1, (total + LibraryService.PAGE_SIZE - 1) / LibraryService.PAGE_SIZE);
    }
}
