package org.alliances.partnerships;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A contribution typed by mistake was removed: what it had added no longer counts. */
public record ContributionRemoved(UUID contributionId, UUID partnershipId, ContributionKind kind, BigDecimal amount,
                                  Instant removedAt) implements DomainEvent {
}
