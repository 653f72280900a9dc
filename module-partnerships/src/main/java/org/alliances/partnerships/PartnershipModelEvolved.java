package org.alliances.partnerships;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;

/** The partners moved their partnership to another cooperation model: a step of the journey. */
public record PartnershipModelEvolved(UUID partnershipId, UUID associationId, UUID companyId, CooperationModel from,
                                      CooperationModel to, Stage stage, UUID changedBy, Instant evolvedAt) implements DomainEvent {
}
