package org.alliances.matching;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A pending interest was closed without an answer because one of its two organisations was deleted; the other is told. */
public record InterestWithdrawn(UUID interestId, UUID needId, UUID companyId, UUID associationId, UUID deletedOrganizationId,
                                Instant withdrawnAt) implements DomainEvent {
}
