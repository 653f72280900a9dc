package org.alliances.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a partner types to record a measure; checked by {@link PartnershipService#addIndicator}.
 *
 * @param label and {@code unit}: required for an "other" indicator, ignored for a named one (its unit is fixed)
 */
public record IndicatorForm(Indicator indicator, String label, BigDecimal value, MeasureUnit unit, LocalDate measuredOn) {
}
