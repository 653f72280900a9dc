package org.alliances.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import org.alliances.kernel.TextColumn;

/** What a partner types to record a contribution; checked by {@link PartnershipService#addContribution}. */
public record ContributionForm(ContributionKind kind, UUID givenBy, BigDecimal amount, String description, LocalDate givenOn) {

    /** What an estimated contribution was (a skill, a loan…). */
    public static final TextColumn DESCRIPTION = TextColumn.line("partnerships_contribution", "description", 300);
}
