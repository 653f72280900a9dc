package org.alliances.conversations;

import java.time.Instant;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The conversation of an interest or a partnership, between one association and one company.
 *
 * @param interestId the interest that opened it; null for a partnership declared without one
 * @param partnershipId the partnership it carries on in, once there is one
 * @param closedAt when it became read-only: the interest declined, withdrawn or lapsed, or the partnership ended
 */
public record Conversation(UUID id, @Nullable UUID interestId, @Nullable UUID needId, @Nullable UUID partnershipId,
                           UUID associationId, UUID companyId, Instant startedAt, Instant lastMessageAt,
                           @Nullable Instant closedAt) {

    public boolean isClosed() {
        return closedAt != null;
    }

    public boolean involves(UUID organizationId) {
        return associationId.equals(organizationId) || companyId.equals(organizationId);
    }

    /** The other side of the conversation, for the organisation {@code me}. */
    public UUID partnerOf(UUID me) {
        return associationId.equals(me) ? companyId : associationId;
    }
}
