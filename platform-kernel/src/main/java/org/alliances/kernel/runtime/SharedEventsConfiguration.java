package org.alliances.kernel.runtime;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.alliances.kernel.OnEveryInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.modulith.events.EventExternalizationConfiguration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Several instances share their events through Kafka ({@code alliances.cluster.enabled}, the {@code cluster} profile).
 * Spring Modulith's externalisation sends every {@code @Externalized} event once its transaction has committed, keyed
 * by its aggregate's id, with the publishing instance's name in a header; its publication stays incomplete until Kafka
 * acknowledged it, so a crash or a broker down only delays it ({@link EventResubmission}). Every instance reads every
 * shared topic with a consumer group of its own and delivers what the others published as {@link OnEveryInstance};
 * its own events it already delivered after its commit.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "alliances.cluster.enabled", havingValue = "true")
class SharedEventsConfiguration {

    static final String ORIGIN_HEADER = "alliances-instance";

    private static final Logger log = LoggerFactory.getLogger(SharedEventsConfiguration.class);

    /** This instance's name: the configured one, or a new one at each start (its consumer group starts afresh). */
    @Bean
    InstanceName instanceName(@Value("${alliances.cluster.instance-name:}") String configured) {
        return new InstanceName(configured.isBlank() ? UUID.randomUUID().toString() : configured);
    }

    @Bean
    EventExternalizationConfiguration sharedEventsExternalization(InstanceName instance) {
        return EventExternalizationConfiguration.externalizing()
                .select(EventExternalizationConfiguration.annotatedAsExternalized())
                .headers(event -> Map.of(ORIGIN_HEADER, instance.name().getBytes(StandardCharsets.UTF_8)))
                .build();
    }

    @Bean
    KafkaAdmin.NewTopics sharedEventTopics(SharedEventTypes types, @Value("${alliances.cluster.partitions:3}") int partitions,
                                           @Value("${alliances.cluster.replicas:1}") short replicas) {
        return new KafkaAdmin.NewTopics(types.topics().stream()
                .map(topic -> TopicBuilder.name(topic).partitions(partitions).replicas(replicas).build()).toArray(NewTopic[]::new));
    }

    @Bean
    SharedEventsConsumer sharedEventsConsumer(SharedEventTypes types, InstanceName instance, JsonMapper json, ApplicationEventPublisher events) {
        return new SharedEventsConsumer(types, instance, json, events);
    }

    /** The name of this instance in the shared events' header and in its consumer group. */
    record InstanceName(String name) {

        public String consumerGroup() {
            return "alliances-" + name;
        }
    }

    /** Turns the other instances' shared events back into {@link OnEveryInstance} on this one. */
    static class SharedEventsConsumer {

        private final SharedEventTypes types;
        private final InstanceName instance;
        private final JsonMapper json;
        private final ApplicationEventPublisher events;

        SharedEventsConsumer(SharedEventTypes types, InstanceName instance, JsonMapper json, ApplicationEventPublisher events) {
            this.types = types;
            this.instance = instance;
            this.json = json;
            this.events = events;
        }

        @KafkaListener(topics = "#{@sharedEventTypes.topics()}", groupId = "#{@instanceName.consumerGroup()}",
                properties = {"auto.offset.reset=latest",
                        "value.deserializer=org.apache.kafka.common.serialization.ByteArrayDeserializer"})
        void receive(ConsumerRecord<String, byte[]> record) {
            var origin = record.headers().lastHeader(ORIGIN_HEADER);
            if (origin != null && instance.name().equals(new String(origin.value(), StandardCharsets.UTF_8))) {
                return;
            }
            var type = types.typeOf(record.topic());
            if (type.isEmpty()) {
                log.warn("A message on the unknown topic {} was left aside", record.topic());
                return;
            }
            var event = json.readValue(record.value(), type.get());
            events.publishEvent(new OnEveryInstance<>(event, true));
        }
    }
}
