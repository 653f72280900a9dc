package org.alliances.matching;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.TextColumn;

/** A company's interest in a need, and what the association answered. */
public record Interest(UUID id, UUID needId, String needTitle, UUID companyId, String companyName, UUID associationId,
                       String message, InterestStatus status, String declineReason, CooperationModel chosenModel,
                       Instant expressedAt, Instant decidedAt) {

    /** What the company says when it shows its interest. */
    public static final TextColumn MESSAGE = TextColumn.lines("matching_interest", "message", 1000);
    /** Why the association declines, for the company to read. */
    public static final TextColumn DECLINE_REASON = TextColumn.lines("matching_interest", "decline_reason", 500);

    public enum InterestStatus {
        PENDING, ACCEPTED, DECLINED, LAPSED,
        /** Closed without an answer because one of the two organisations was deleted. */
        WITHDRAWN;

        public String labelKey() {
            return "matching.interest.status." + name();
        }
    }
}
