package org.alliances.matching;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;
import org.springframework.modulith.events.Externalized;

/**
 * What the matching knows of a need changed (published, edited, closed, hidden, erased): every instance reads it again
 * into its recommendation index. Shared between instances, keyed by the need.
 */
@Externalized("alliances.matching.need-changed::#{#this.needId()}")
public record NeedChanged(UUID needId) implements DomainEvent {
}
