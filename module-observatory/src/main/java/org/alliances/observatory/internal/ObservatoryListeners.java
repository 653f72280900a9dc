package org.alliances.observatory.internal;

import org.alliances.kernel.DomainEvent;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Follows the modules' events into the read model: every domain event comes here, and the {@link Projection} says which
 * it counts and how; each is applied once, however often it is delivered.
 */
@Component
class ObservatoryListeners {

    private final EventApplier applier;

    ObservatoryListeners(EventApplier applier) {
        this.applier = applier;
    }

    @ApplicationModuleListener
    void on(DomainEvent event) {
        if (Projection.follows(event)) {
            applier.apply(event);
        }
    }
}
