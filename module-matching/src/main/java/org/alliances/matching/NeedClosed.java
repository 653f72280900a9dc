package org.alliances.matching;

import java.time.Instant;
import java.util.UUID;

/** A need was closed: fulfilled, abandoned or expired. */
public record NeedClosed(UUID needId, UUID organizationId, NeedStatus status, Instant closedAt) {
}
