package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.TerritoryLevel;

/** An agent asked for an account for a local authority; an admin must approve or refuse it. */
public record LocalAuthorityAccessRequested(UUID accountId, UUID organizationId, TerritoryLevel level, String territoryCode) implements DomainEvent {
}
