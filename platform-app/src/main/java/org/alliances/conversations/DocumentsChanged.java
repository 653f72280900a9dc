package org.alliances.conversations;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A document was added to or deleted from a partnership's conversation: its open windows list the documents again, on
 * every instance. Shared between instances, keyed by the conversation; ids only.
 */
@Externalized("alliances.conversations.documents-changed::#{#this.conversationId()}")
public record DocumentsChanged(UUID conversationId, UUID documentId, boolean added, Instant changedAt) implements DomainEvent {
}
