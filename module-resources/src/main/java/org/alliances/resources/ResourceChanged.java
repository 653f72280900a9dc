package org.alliances.resources;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A resource of the library changed (published, edited, withdrawn, hidden, erased): every instance reads it again into
 * its search index. Shared between instances, keyed by the resource.
 */
@Externalized("alliances.resources.resource-changed::#{#this.resourceId()}")
public record ResourceChanged(UUID resourceId) implements DomainEvent {
}
