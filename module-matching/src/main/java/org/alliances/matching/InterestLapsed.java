package org.alliances.matching;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** An interest went unanswered too long and lapsed: the company is free to look elsewhere. */
public record InterestLapsed(UUID interestId, UUID needId, UUID associationId, UUID companyId, Instant lapsedAt) implements DomainEvent {
}
