package org.alliances.kernel.testing;

import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.Territories;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;

/**
 * What a module's integration tests add to the module they start: the movable clock, organisations to act for in
 * place of the application's accounts, and the services' role checks as the application enables them.
 */
@TestConfiguration(proxyBeanMethods = false)
@EnableMethodSecurity
@Import(TestClockConfiguration.class)
public class ModuleTestSupport {

    @Bean
    TestOrganizations testOrganizations(OrganizationService organizations, Territories territories) {
        return new TestOrganizations(organizations, territories);
    }
}
