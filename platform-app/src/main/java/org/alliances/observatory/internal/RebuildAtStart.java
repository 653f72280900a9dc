package org.alliances.observatory.internal;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** A platform that ran before the observatory existed gets its read model built from the replays at its first start. */
@Component
class RebuildAtStart {

    private final Rebuild rebuild;

    RebuildAtStart(Rebuild rebuild) {
        this.rebuild = rebuild;
    }

    @EventListener(ApplicationReadyEvent.class)
    void buildOnce() {
        if (!rebuild.everRebuilt()) {
            rebuild.run(progress -> { });
        }
    }
}
