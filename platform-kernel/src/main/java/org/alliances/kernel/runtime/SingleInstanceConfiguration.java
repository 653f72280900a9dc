package org.alliances.kernel.runtime;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.EventExternalizationConfiguration;

/**
 * One instance (the default, the run command, the tests): no event leaves for Kafka, whatever else the environment
 * says, so that nothing waits on a broker that is not there. {@link SharedEventsConfiguration} takes over with
 * {@code alliances.cluster.enabled=true}.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "alliances.cluster.enabled", havingValue = "false", matchIfMissing = true)
class SingleInstanceConfiguration {

    @Bean
    EventExternalizationConfiguration noEventLeaves() {
        return EventExternalizationConfiguration.disabled();
    }
}
