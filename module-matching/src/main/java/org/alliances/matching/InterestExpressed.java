package org.alliances.matching;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A company said it is interested in a need. */
public record InterestExpressed(UUID interestId, UUID needId, UUID companyId, UUID associationId, Instant expressedAt) implements DomainEvent {
}
