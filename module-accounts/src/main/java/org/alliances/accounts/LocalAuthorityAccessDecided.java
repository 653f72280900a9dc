package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** An admin approved or refused a local authority's access request. */
public record LocalAuthorityAccessDecided(UUID accountId, UUID organizationId, boolean approved) implements DomainEvent {
}
