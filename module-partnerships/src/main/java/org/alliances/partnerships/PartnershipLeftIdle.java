package org.alliances.partnerships;

import java.util.UUID;

/** A partnership under way has had no activity for {@code daysIdle} days: its partners are reminded once. */
public record PartnershipLeftIdle(UUID partnershipId, UUID associationId, UUID companyId, int daysIdle) {
}
