package org.alliances.accounts;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.TextColumn;
import org.jspecify.annotations.Nullable;

/** A member of an organisation, as their colleagues see them. */
public record Member(UUID accountId, String name, String email, Membership membership, Instant joinedAt,
                     @Nullable Instant lastLoginAt, boolean emailProven) {

    /** The name colleagues and partners read. */
    public static final TextColumn NAME = TextColumn.line("accounts_user", "display_name", 100);
    /** The address a member signs in with (the longest the standard allows); new addresses and invitations alike. */
    public static final TextColumn EMAIL = TextColumn.line("accounts_user", "email", 254);
}
