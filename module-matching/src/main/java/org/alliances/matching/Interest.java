package org.alliances.matching;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;

/** A company's interest in a need, and what the association answered. */
public record Interest(UUID id, UUID needId, String needTitle, UUID companyId, String companyName, UUID associationId,
                       String message, InterestStatus status, String declineReason, CooperationModel chosenModel,
                       Instant expressedAt, Instant decidedAt) {

    public enum InterestStatus {
        PENDING, ACCEPTED, DECLINED, LAPSED;

        public String labelKey() {
            return "matching.interest.status." + name();
        }
    }
}
