package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A member's account was created (active at once, or pending an admin's approval). */
public record AccountCreated(UUID accountId, UUID organizationId, String role, AccountStatus status) implements DomainEvent {
}
