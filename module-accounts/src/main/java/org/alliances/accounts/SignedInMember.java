package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.Organization;

/**
 * The member using the current UI, with the organisation on whose behalf they act, their part in it, and whether they
 * proved their e-mail address (until then they look around but do not act toward others).
 */
public record SignedInMember(UUID accountId, String email, String role, Organization organization, String name,
                             Membership membership, boolean emailProven) {

    public boolean isResponsable() {
        return membership == Membership.RESPONSABLE;
    }
}
