package org.alliances.kernel;

import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;

/**
 * The access rules of the URLs a module serves outside its views (an API, a download), contributed as a bean so
 * that each module keeps its own rules while the application keeps one security filter chain. The chain applies
 * every module's rules before the views' (which Vaadin guards by their annotations).
 */
@FunctionalInterface
public interface HttpAccessRules
        extends Customizer<AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry> {
}
