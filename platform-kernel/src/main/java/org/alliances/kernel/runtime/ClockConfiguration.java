package org.alliances.kernel.runtime;

import java.time.Clock;

import org.alliances.kernel.Territories;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole application, in the territories' time zone (so that "today" is the same day everywhere),
 * and one that tests can move (lockouts, expiries, reminders).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {

    @Bean
    Clock clock() {
        return Clock.system(Territories.TIME_ZONE);
    }
}
