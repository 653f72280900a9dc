package org.alliances.partnerships;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A partner recorded what it brought to a partnership: the kind and the amount, in the kind's unit. */
public record ContributionRecorded(UUID contributionId, UUID partnershipId, ContributionKind kind, BigDecimal amount,
                                   LocalDate givenOn, Instant recordedAt) implements DomainEvent {
}
