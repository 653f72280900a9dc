package org.alliances.conversations;

import java.time.Instant;
import java.util.UUID;

/** A document shared in a partnership's conversation, as both partners list it: dated and signed. */
public record Document(UUID id, UUID conversationId, String fileName, String mediaType, int sizeBytes, UUID uploadedByOrganization,
                       String uploadedByName, Instant uploadedAt) {
}
