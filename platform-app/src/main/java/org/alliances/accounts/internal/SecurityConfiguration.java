package org.alliances.accounts.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.alliances.kernel.HttpAccessRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Views are denied unless annotated; services check roles too (method security). The URLs a module serves
 * outside its views follow the rules the module contributes ({@link HttpAccessRules}). A login always gets a new
 * session id; passwords are hashed by the delegating encoder (bcrypt today, upgradable tomorrow).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_ROUTE = "/login";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<HttpAccessRules> modulesRules) throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/error/**").permitAll();
            modulesRules.orderedStream().forEach(rules -> rules.customize(requests));
        });
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE)).build();
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
