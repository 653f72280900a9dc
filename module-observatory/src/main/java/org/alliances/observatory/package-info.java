/**
 * What local authorities see of their territory, and the open data: figures kept up to date by the modules' events.
 * <p>
 * The module's base package is its API: {@link org.alliances.observatory.ObservatoryService} (a territory's report,
 * its map, the open report) and the values it returns. It follows every {@code DomainEvent} (its projection says which
 * it counts) and rebuilds its read model from the modules' replays.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Observatory")
@NullMarked
package org.alliances.observatory;

import org.jspecify.annotations.NullMarked;
