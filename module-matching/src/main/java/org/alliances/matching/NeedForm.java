package org.alliances.matching;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.TextColumn;
import org.alliances.kernel.Theme;

/**
 * What an association writes about a need, saved as a draft or published.
 *
 * @param quantity the amount (euros) or hours sought, when the contribution is counted; may be empty
 */
public record NeedForm(String title, String description, Set<Theme> themes, Contribution contribution,
                       Set<CooperationModel> models, String communeCode, Reach reach, LocalDate startDate,
                       LocalDate deadline, BigDecimal quantity) {

    public static final TextColumn TITLE = TextColumn.line("matching_need", "title", 120);
    /** A need is about three themes at most, so that it says what it is about. */
    public static final int THEMES_MAX = 3;
    public static final TextColumn DESCRIPTION = TextColumn.lines("matching_need", "description", 4000);
    /** A billion euros or hours: more than anyone asks, and less than the column ({@code numeric(12, 2)}) holds. */
    public static final BigDecimal QUANTITY_LARGEST = new BigDecimal("1000000000");

    public NeedForm {
        themes = themes == null ? Set.of() : Set.copyOf(themes);
        models = models == null ? Set.of() : Set.copyOf(models);
    }
}
