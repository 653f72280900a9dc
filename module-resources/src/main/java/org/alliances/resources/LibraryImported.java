package org.alliances.resources;

import java.time.Instant;

import org.alliances.kernel.DomainEvent;
import org.springframework.modulith.events.Externalized;

/**
 * Many resources came in at once (an import): every instance reads its whole search index again. Shared between
 * instances.
 */
@Externalized("alliances.resources.library-imported::library")
public record LibraryImported(int resources, Instant importedAt) implements DomainEvent {
}
