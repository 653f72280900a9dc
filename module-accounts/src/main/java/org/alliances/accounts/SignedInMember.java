package org.alliances.accounts;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.Organization;
import org.jspecify.annotations.Nullable;

/**
 * The member using the current UI, with the organisation on whose behalf they act, their part in it, and whether they
 * proved their e-mail address (until then they look around but do not act toward others), and when they signed in
 * before this time (what is new in "Mon espace" dates from then; null on a first sign-in).
 */
public record SignedInMember(UUID accountId, String email, String role, Organization organization, String name,
                             Membership membership, boolean emailProven, @Nullable Instant previousVisit) {

    public boolean isResponsable() {
        return membership == Membership.RESPONSABLE;
    }
}
