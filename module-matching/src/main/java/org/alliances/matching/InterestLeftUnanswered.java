package org.alliances.matching;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** An interest has waited for the association's answer long enough for a reminder (sent once). */
public record InterestLeftUnanswered(UUID interestId, UUID needId, UUID associationId, UUID companyId, int daysWaiting) implements DomainEvent {
}
