package org.alliances.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/** A member of an organisation, as their colleagues see them. */
public record Member(UUID accountId, String name, String email, Membership membership, Instant joinedAt,
                     @Nullable Instant lastLoginAt, boolean emailProven) {
}
