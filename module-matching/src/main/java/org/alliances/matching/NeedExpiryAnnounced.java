package org.alliances.matching;

import java.time.LocalDate;
import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A published need will expire on the given day unless its association acts (edits it or answers an interest). */
public record NeedExpiryAnnounced(UUID needId, UUID organizationId, LocalDate expiresOn) implements DomainEvent {
}
