package org.alliances.matching;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A need was closed: fulfilled, abandoned or expired. */
public record NeedClosed(UUID needId, UUID organizationId, NeedStatus status, Instant closedAt) implements DomainEvent {
}
