package org.alliances.observatory.internal;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The rebuild as a command: a platform that ran before the observatory existed gets its read model built from the
 * replays at its first start, and any start with {@code alliances.observatory.rebuild-at-start=true}
 * ({@code ALLIANCES_OBSERVATORY_REBUILD=true}) rebuilds it again.
 */
@Component
class RebuildAtStart {

    private final Rebuild rebuild;
    private final boolean always;

    RebuildAtStart(Rebuild rebuild, @Value("${alliances.observatory.rebuild-at-start:false}") boolean always) {
        this.rebuild = rebuild;
        this.always = always;
    }

    @EventListener(ApplicationReadyEvent.class)
    void build() {
        if (always || !rebuild.everRebuilt()) {
            rebuild.run(progress -> { });
        }
    }
}
