package org.alliances.accounts;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;

/** Someone asked to join an organisation already registered; its responsables answer unless it is contested; the admins decide a contested one and may decide a territory's; ids only. */
public record JoinRequested(UUID requestId, UUID organizationId, boolean toResponsables, boolean toAdmins) implements DomainEvent {
}
