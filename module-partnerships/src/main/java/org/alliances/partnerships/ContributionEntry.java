package org.alliances.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A contribution recorded on a partnership; its unit is its kind's. */
public record ContributionEntry(UUID id, ContributionKind kind, UUID givenBy, BigDecimal amount, String description,
                                LocalDate givenOn, String recordedBy) {
}
