package org.alliances.kernel;

import java.time.Instant;
import java.util.UUID;

/**
 * An organisation was deleted by its responsable (or after years without use): every module erases what it holds of
 * it, ends what it had under way with others and tells them; applying it twice changes nothing more.
 */
public record OrganizationDeleted(UUID organizationId, OrganizationType type, Instant deletedAt) implements DomainEvent {
}
