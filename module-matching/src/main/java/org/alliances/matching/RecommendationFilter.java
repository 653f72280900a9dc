package org.alliances.matching;

import org.alliances.kernel.Category;
import org.alliances.kernel.Proximity;
import org.alliances.kernel.TextChecks;
import org.alliances.kernel.Theme;

/**
 * What a member narrows recommendations to; every part may be empty.
 *
 * @param within only partners at least this close (e.g. SAME_DEPARTMENT keeps the département, its EPCI and communes)
 * @param text words to find in the need's title and description, or the organisation's name
 */
public record RecommendationFilter(Theme theme, Proximity within, Category category, Contribution contribution, String text) {

    /** More words than anyone filters with: the rest is left out. */
    public static final int TEXT_LONGEST = 200;

    public RecommendationFilter {
        text = text == null ? null : TextChecks.searchWords(text, TEXT_LONGEST);
    }

    public static RecommendationFilter none() {
        return new RecommendationFilter(null, null, null, null, null);
    }
}
