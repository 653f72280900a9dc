package org.alliances.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A measure of an impact indicator on a partnership; {@code label} names an "other" indicator. */
public record IndicatorEntry(UUID id, Indicator indicator, String label, BigDecimal value, MeasureUnit unit,
                             LocalDate measuredOn, String recordedBy) {
}
