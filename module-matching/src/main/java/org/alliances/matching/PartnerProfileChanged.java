package org.alliances.matching;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A company's partner profile changed (filled in, diagnosed, hidden, erased): every instance reads it again into its
 * recommendation index. Shared between instances, keyed by the organisation.
 */
@Externalized("alliances.matching.profile-changed::#{#this.organizationId()}")
public record PartnerProfileChanged(UUID organizationId) implements DomainEvent {
}
