package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A request to join was left 14 days without answer: the admins decide it now; ids only. */
public record JoinRequestEscalated(UUID requestId, UUID organizationId) implements DomainEvent {
}
