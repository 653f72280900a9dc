package org.alliances.partnerships;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A partnership under way has had no activity for {@code daysIdle} days: its partners are reminded once. */
public record PartnershipLeftIdle(UUID partnershipId, UUID associationId, UUID companyId, int daysIdle) implements DomainEvent {
}
