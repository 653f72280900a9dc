package org.alliances.kernel;

import java.time.Instant;
import java.util.UUID;

/** An organisation's public facts or status changed (approved, refused, deactivated, moved). */
public record OrganizationUpdated(UUID organizationId, OrganizationType type, String communeCode,
                                  OrganizationStatus status, Instant updatedAt) implements DomainEvent {
}
