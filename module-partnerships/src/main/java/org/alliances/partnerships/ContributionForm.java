package org.alliances.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** What a partner types to record a contribution; checked by {@link PartnershipService#addContribution}. */
public record ContributionForm(ContributionKind kind, UUID givenBy, BigDecimal amount, String description, LocalDate givenOn) {
}
