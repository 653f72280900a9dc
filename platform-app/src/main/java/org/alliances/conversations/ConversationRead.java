package org.alliances.conversations;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A member read a conversation's new messages (ids only): what told them of those messages can be marked read. */
public record ConversationRead(UUID conversationId, UUID accountId, Instant readAt) implements DomainEvent {
}
