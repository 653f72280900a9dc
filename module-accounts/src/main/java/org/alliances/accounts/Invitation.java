package org.alliances.accounts;

import java.time.Instant;
import java.util.UUID;

/** An open invitation, as its organisation's responsables see it: to whom, since when, until when. */
public record Invitation(UUID id, String email, Instant sentAt, Instant expiresAt, boolean expired) {
}
