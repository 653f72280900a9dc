package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** After checking, the admins handed an organisation to the person who claimed it; its previous members left; ids only. */
public record OrganizationHandedOver(UUID organizationId, UUID accountId) implements DomainEvent {
}
