package org.alliances.kernel.runtime;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.alliances.kernel.DomainEvent;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.modulith.events.Externalized;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The domain events shared between instances: every {@link DomainEvent} of the platform marked {@code @Externalized},
 * by the Kafka topic its annotation names ({@code topic::key}). An instance turns only a message of one of these topics
 * back into an event, and only into the type the topic stands for. The class path is read at the first question about
 * topics (with several instances, at start), never for one instance.
 */
@Component
public class SharedEventTypes {

    private volatile Map<String, Class<? extends DomainEvent>> byTopic;

    private Map<String, Class<? extends DomainEvent>> byTopic() {
        var known = byTopic;
        if (known == null) {
            known = scan();
            byTopic = known;
        }
        return known;
    }

    private static Map<String, Class<? extends DomainEvent>> scan() {
        var byTopic = new LinkedHashMap<String, Class<? extends DomainEvent>>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
                return definition.getMetadata().isIndependent() && definition.getMetadata().isConcrete();
            }
        };
        scanner.addIncludeFilter(new AnnotationTypeFilter(Externalized.class));
        for (var candidate : scanner.findCandidateComponents("org.alliances")) {
            var type = ClassUtils.resolveClassName(candidate.getBeanClassName(), SharedEventTypes.class.getClassLoader());
            if (!DomainEvent.class.isAssignableFrom(type)) {
                throw new IllegalStateException(type.getName() + " is shared between instances but is no DomainEvent");
            }
            var topic = topicOf(type);
            var other = byTopic.putIfAbsent(topic, type.asSubclass(DomainEvent.class));
            if (other != null) {
                throw new IllegalStateException("Two shared events on the topic " + topic + ": " + other.getName() + ", " + type.getName());
            }
        }
        return Map.copyOf(byTopic);
    }

    /** The topics, for the consumer and for their creation. */
    public Collection<String> topics() {
        return byTopic().keySet();
    }

    public Optional<Class<? extends DomainEvent>> typeOf(String topic) {
        return Optional.ofNullable(byTopic().get(topic));
    }

    public boolean isShared(Object event) {
        return event instanceof DomainEvent && event.getClass().isAnnotationPresent(Externalized.class);
    }

    static String topicOf(Class<?> type) {
        var annotation = type.getAnnotation(Externalized.class);
        var target = annotation.target().isEmpty() ? annotation.value() : annotation.target();
        int key = target.indexOf("::");
        return key < 0 ? target : target.substring(0, key);
    }
}
