package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.Organization;

/** The member using the current UI, with the organisation on whose behalf they act. */
public record SignedInMember(UUID accountId, String email, String role, Organization organization) {
}
