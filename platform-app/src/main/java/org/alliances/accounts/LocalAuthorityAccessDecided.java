package org.alliances.accounts;

import java.util.UUID;

/** An admin approved or refused a local authority's access request. */
public record LocalAuthorityAccessDecided(UUID accountId, UUID organizationId, boolean approved) {
}
