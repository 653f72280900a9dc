package org.alliances.conversations;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A member wrote in a conversation: ids only, for the notifications and the other side's open windows. */
public record MessageSent(UUID messageId, UUID conversationId, UUID authorOrganizationId, UUID recipientOrganizationId,
                          Instant sentAt) implements DomainEvent {
}
