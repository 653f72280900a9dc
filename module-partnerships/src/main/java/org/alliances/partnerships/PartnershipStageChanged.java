package org.alliances.partnerships;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;

/** A partnership moved from one stage to another, by one of its partners ({@code changedBy}). */
public record PartnershipStageChanged(UUID partnershipId, UUID associationId, UUID companyId, Stage from, Stage to,
                                      CooperationModel model, UUID changedBy, Instant changedAt) implements DomainEvent {
}
