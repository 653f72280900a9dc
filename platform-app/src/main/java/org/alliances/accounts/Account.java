package org.alliances.accounts;

import java.time.Instant;
import java.util.UUID;

/** A member's account as the rest of the application sees it (never its password). */
public record Account(UUID id, String email, String role, UUID organizationId, AccountStatus status,
                      Instant createdAt, String refusalReason) {
}
