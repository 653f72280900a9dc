package org.alliances.accounts;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A member's account as the rest of the application sees it (never its password).
 *
 * @param displayName the name the member gave, or null (accounts registered before names were asked)
 * @param emailConfirmedAt when the member proved their address, or null while they have not
 */
public record Account(UUID id, String email, String role, UUID organizationId, AccountStatus status,
                      Instant createdAt, @Nullable String refusalReason, @Nullable String displayName,
                      Membership membership, @Nullable Instant emailConfirmedAt) {

    /** The name colleagues and partners read: the one given, or the e-mail address when none was. */
    public String name() {
        return displayName == null || displayName.isBlank() ? email : displayName;
    }

    public boolean emailProven() {
        return emailConfirmedAt != null;
    }
}
