package org.alliances.partnerships;

import java.time.LocalDate;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;

/**
 * A partnership was opened: from a confirmed match (at emergence), or declared by one partner as already existing
 * (proposed until the other side confirms).
 *
 * @param declaredBy the organisation that declared it; null for a match
 * @param needId the need of the match; null for a declared partnership
 */
public record PartnershipStarted(UUID partnershipId, Origin origin, UUID associationId, UUID companyId, UUID declaredBy,
                                 UUID needId, CooperationModel model, Stage stage, String communeCode, LocalDate startedOn) implements DomainEvent {
}
