package org.alliances.matching;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;

/** An association accepted a company's interest: the two are matched on a need, with the model they chose. */
public record MatchConfirmed(UUID interestId, UUID needId, UUID associationId, UUID companyId, CooperationModel model,
                             String communeCode, Instant confirmedAt) implements DomainEvent {
}
