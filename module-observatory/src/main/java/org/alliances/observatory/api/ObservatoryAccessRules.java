package org.alliances.observatory.api;

import org.alliances.kernel.HttpAccessRules;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Who reaches the observatory's URLs: the open data and its OpenAPI description are public on purpose; the
 * observatory's own exports need a signed-in member (the service then keeps each one to its territory).
 */
@Configuration(proxyBeanMethods = false)
class ObservatoryAccessRules {

    @Bean
    HttpAccessRules observatoryUrls() {
        return requests -> requests
                .requestMatchers("/api/open-data/**", "/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**").permitAll()
                .requestMatchers("/api/observatory/**").authenticated();
    }
}
