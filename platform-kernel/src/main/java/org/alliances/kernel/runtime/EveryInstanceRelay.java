package org.alliances.kernel.runtime;

import org.alliances.kernel.AfterCommit;
import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.OnEveryInstance;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Delivers a shared event ({@code @Externalized}) on the instance that published it as {@link OnEveryInstance}, once
 * its transaction has committed (at once without one). A plain listener, on purpose: the event publication registry
 * keeps no publication for it, since nothing is lost with a crash (the memory it refreshes is lost too).
 */
@Component
class EveryInstanceRelay {

    private final SharedEventTypes shared;
    private final ApplicationEventPublisher events;

    EveryInstanceRelay(SharedEventTypes shared, ApplicationEventPublisher events) {
        this.shared = shared;
        this.events = events;
    }

    @EventListener
    void on(DomainEvent event) {
        if (shared.isShared(event)) {
            AfterCommit.run(() -> events.publishEvent(new OnEveryInstance<>(event, false)));
        }
    }
}
