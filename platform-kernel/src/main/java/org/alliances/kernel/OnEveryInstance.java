package org.alliances.kernel;

import org.springframework.core.ResolvableType;
import org.springframework.core.ResolvableTypeProvider;

/**
 * A committed domain event, delivered on every instance of the platform, for what each instance keeps in its own
 * memory: the search indexes, the open windows to refresh. The instance that published the event delivers it after
 * its commit; the others receive it through Kafka when several instances run ({@code alliances.cluster.enabled}). Only
 * events marked {@code @Externalized} are delivered so. Listen with a plain {@code @EventListener} on
 * {@code OnEveryInstance<TheEvent>}; what must happen once for the whole platform listens to the event itself with
 * {@code @ApplicationModuleListener} instead.
 *
 * @param fromAnotherInstance true when the event was published by another instance and came through Kafka
 */
public record OnEveryInstance<T extends DomainEvent>(T event, boolean fromAnotherInstance) implements ResolvableTypeProvider {

    @Override
    public ResolvableType getResolvableType() {
        return ResolvableType.forClassWithGenerics(OnEveryInstance.class, ResolvableType.forInstance(event));
    }
}
