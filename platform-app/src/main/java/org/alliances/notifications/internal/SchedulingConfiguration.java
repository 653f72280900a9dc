package org.alliances.notifications.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Runs the daily digest; tests switch it off and call it directly. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@ConditionalOnProperty(name = "alliances.scheduling.enabled", havingValue = "true", matchIfMissing = true)
class SchedulingConfiguration {
}
