package org.alliances.privacy;

import java.time.Instant;
import java.util.UUID;

/** An archive of "Mes données", ready to download until it expires. */
public record Archive(UUID id, Instant createdAt, Instant expiresAt, long bytes) {
}
