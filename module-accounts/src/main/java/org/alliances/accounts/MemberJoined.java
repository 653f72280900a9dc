package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** A colleague joined an organisation (an invitation accepted); ids only. */
public record MemberJoined(UUID accountId, UUID organizationId) implements DomainEvent {
}
