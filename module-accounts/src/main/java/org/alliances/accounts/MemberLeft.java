package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A member left their organisation, or a responsable removed them ({@code removed}); ids only. */
public record MemberLeft(UUID accountId, UUID organizationId, boolean removed) implements DomainEvent {
}
