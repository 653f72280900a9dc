package org.alliances.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.alliances.kernel.TextColumn;

/**
 * What a partner types to record a measure; checked by {@link PartnershipService#addIndicator}.
 *
 * @param label and {@code unit}: required for an "other" indicator, ignored for a named one (its unit is fixed)
 */
public record IndicatorForm(Indicator indicator, String label, BigDecimal value, MeasureUnit unit, LocalDate measuredOn) {

    /** The name of an indicator of one's own ("other"). */
    public static final TextColumn LABEL = TextColumn.line("partnerships_indicator", "label", 120);
}
