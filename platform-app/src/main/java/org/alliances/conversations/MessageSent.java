package org.alliances.conversations;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A member wrote in a conversation: ids only, for the notifications (once) and the open windows of the conversation
 * (on every instance: shared between instances, keyed by the conversation so that its messages stay in order).
 */
@Externalized("alliances.conversations.message-sent::#{#this.conversationId()}")
public record MessageSent(UUID messageId, UUID conversationId, UUID authorOrganizationId, UUID recipientOrganizationId,
                          Instant sentAt) implements DomainEvent {
}
