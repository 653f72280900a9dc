package org.alliances.matching;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** An association declined a company's interest in one of its needs. */
public record InterestDeclined(UUID interestId, UUID needId, UUID companyId, UUID associationId, Instant declinedAt) implements DomainEvent {
}
