package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A member was made responsable of their organisation by another responsable; ids only. */
public record ResponsableNamed(UUID accountId, UUID organizationId, UUID namedBy) implements DomainEvent {
}
