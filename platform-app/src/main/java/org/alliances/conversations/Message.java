package org.alliances.conversations;

import java.time.Instant;
import java.util.UUID;

/**
 * A message as its readers see it: who wrote it (the member's name then, and their organisation), when, and what.
 * A message the moderation hid keeps its text for its author's organisation only: the partner reads an empty body.
 */
public record Message(UUID id, UUID conversationId, UUID authorOrganizationId, String authorName, String body, Instant sentAt,
                      boolean hidden) {

    /** The message as the organisation {@code reader} may read it. */
    public Message readBy(UUID reader) {
        return hidden && !authorOrganizationId.equals(reader) ? new Message(id, conversationId, authorOrganizationId, authorName, "", sentAt, true)
                : this;
    }
}
