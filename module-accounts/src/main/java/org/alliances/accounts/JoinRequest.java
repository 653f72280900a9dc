package org.alliances.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A request to join an organisation already registered, as its responsables (or the admins) read it. */
public record JoinRequest(UUID id, UUID organizationId, String organizationName, String name, String email, boolean contested,
                          @Nullable String message, Instant askedAt, boolean escalated) {
}
