package org.alliances.accounts.internal;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.alliances.kernel.HttpAccessRules;
import org.alliances.kernel.runtime.SecurityLog;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.DefaultAuthenticationEventPublisher;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Views are denied unless annotated; services check roles too (method security). The URLs a module serves
 * outside its views follow the rules the module contributes ({@link HttpAccessRules}). A login always gets a new
 * session id; passwords are hashed by the delegating encoder (bcrypt today, upgradable tomorrow). The login says
 * nothing of an account before its password is right (an inactive account is told so only then), is refused from
 * other sites, and is slowed down after failures ({@link LoginGuard}). Every response carries a Content-Security-Policy
 * Vaadin works with, forbids framing, sends no referrer to other sites, and over TLS asks browsers to keep to it (HSTS).
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity
class SecurityConfiguration {

    static final String LOGIN_ROUTE = "/login";

    /**
     * What pages may load: only this site's own resources; inline scripts and eval only because Vaadin's client engine
     * needs them (it starts from an inline script and runs the server's expressions as functions); no framing at all.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, ObjectProvider<HttpAccessRules> modulesRules,
                                            MemberDetailsService members, PasswordEncoder passwordEncoder,
                                            LoginThrottle throttle, SecurityLog securityLog, ApplicationEventPublisher events)
            throws Exception {
        http.authorizeHttpRequests(requests -> {
            requests.requestMatchers("/actuator/health", "/actuator/health/**", "/error", "/error/**").permitAll();
            modulesRules.orderedStream().forEach(rules -> rules.customize(requests));
        });
        http.sessionManagement(sessions -> sessions.sessionFixation(fixation -> fixation.changeSessionId()));
        http.headers(headers -> {
            // written before the request goes on: Vaadin's pages are served after a forward that would skip them
            headers.addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                @Override
                public <O extends HeaderWriterFilter> O postProcess(O filter) {
                    filter.setShouldWriteHeadersEagerly(true);
                    return filter;
                }
            });
            headers.contentSecurityPolicy(policy -> policy.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000));
        });
        http.authenticationManager(authenticationManager(members, passwordEncoder, events));
        http.addFilterBefore(new LoginGuard(throttle, securityLog), UsernamePasswordAuthenticationFilter.class);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LOGIN_ROUTE)).build();
    }

    /** Checks the password first; only then says that an account is not active (pending, refused, deactivated, left). */
    private static ProviderManager authenticationManager(MemberDetailsService members, PasswordEncoder passwordEncoder,
                                                         ApplicationEventPublisher events) {
        var provider = new DaoAuthenticationProvider(members);
        provider.setPasswordEncoder(passwordEncoder);
        provider.setPreAuthenticationChecks(user -> { });
        provider.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new DisabledException(MemberDetailsService.statusOf(user));
            }
        });
        var manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(new DefaultAuthenticationEventPublisher(events));
        return manager;
    }

    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
