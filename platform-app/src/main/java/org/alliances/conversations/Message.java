package org.alliances.conversations;

import java.time.Instant;
import java.util.UUID;

/** A message as its readers see it: who wrote it (the member's name then, and their organisation), when, and what. */
public record Message(UUID id, UUID conversationId, UUID authorOrganizationId, String authorName, String body, Instant sentAt) {
}
