package org.alliances.kernel;

import java.time.Instant;
import java.util.UUID;

/** An organisation joined the platform (a local authority still waits for approval: see its status). */
public record OrganizationRegistered(UUID organizationId, OrganizationType type, String communeCode,
                                     OrganizationStatus status, Instant registeredAt) implements DomainEvent {
}
