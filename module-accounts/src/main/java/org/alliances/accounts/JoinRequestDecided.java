package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A request to join was accepted (the account is active) or refused; ids only. */
public record JoinRequestDecided(UUID requestId, UUID organizationId, UUID accountId, boolean accepted) implements DomainEvent {
}
