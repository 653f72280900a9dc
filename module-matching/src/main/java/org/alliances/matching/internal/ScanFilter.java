package org.alliances.matching.internal;

import org.alliances.kernel.Proximity;
import org.alliances.kernel.Territories;
import org.alliances.matching.RecommendationFilter;

/**
 * A member's filter on recommendations in the compact form the scans test: bit masks of a theme and a category, a
 * contribution's ordinal, the farthest proximity asked for, and the words to find (normalised as the index keeps text).
 */
record ScanFilter(long theme, long category, long contribution, int contributionOrdinal, int within, String[] words) {

    static ScanFilter of(RecommendationFilter filter) {
        var words = filter.text() == null || filter.text().isBlank() ? new String[0] : Territories.normalize(filter.text()).split("\\s+");
        return new ScanFilter(filter.theme() == null ? 0 : bit(filter.theme()), filter.category() == null ? 0 : bit(filter.category()),
                filter.contribution() == null ? 0 : bit(filter.contribution()),
                filter.contribution() == null ? -1 : filter.contribution().ordinal(),
                filter.within() == null ? Proximity.NATIONAL.ordinal() : filter.within().ordinal(), words);
    }

    /** Whether the text holds every word asked for. */
    boolean matches(String text) {
        for (var word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    static long bit(Enum<?> value) {
        return 1L << value.ordinal();
    }
}
