package org.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.ServletContext;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Fails when a screen of the platform was never checked by axe-core at both widths (1280 and 390 px) by the browser
 * journeys: a new route must join a journey. Ordered after every other test class (junit-platform.properties orders
 * classes by {@code @Order}), it reads what the journeys checked during this run; run alone, it says so and fails.
 */
@EnabledIf(value = "chromiumInstalled", disabledReason = "Browser tests skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH (apt-get install chromium)")
@Order(Integer.MAX_VALUE)
class EveryScreenCheckedTests extends BrowserJourneys {

    private static final Set<Integer> WIDTHS = Set.of(1280, 390);

    @Autowired ServletContext servletContext;

    @Test
    void everyRouteWasCheckedByAxeOnADesktopAndOnAPhone() {
        assertThat(CHECKED).as("pages checked by the browser journeys of this run (run this class with them: ./mvnw verify)").isNotEmpty();
        var registry = ApplicationRouteRegistry.getInstance(new VaadinServletContext(servletContext));
        var routes = RouteConfiguration.forRegistry(registry);
        var widthsByScreen = new HashMap<Class<?>, Set<Integer>>();
        for (var checked : CHECKED) {
            var path = checked.substring(1, checked.lastIndexOf('@'));
            var width = Integer.parseInt(checked.substring(checked.lastIndexOf('@') + 1));
            routes.getRoute(path).ifPresent(screen -> widthsByScreen.computeIfAbsent(screen, any -> new TreeSet<>()).add(width));
        }
        var everyScreen = registry.getRegisteredRoutes();
        assertThat(everyScreen).as("routes registered").hasSizeGreaterThan(40);
        var missing = everyScreen.stream()
                .filter(route -> !widthsByScreen.getOrDefault(route.getNavigationTarget(), Set.of()).containsAll(WIDTHS))
                .map(route -> "/" + route.getTemplate() + " checked at " + widthsByScreen.getOrDefault(route.getNavigationTarget(), Set.of()))
                .sorted().toList();
        assertThat(missing).as("screens no journey checked with axe-core at %s px", List.copyOf(WIDTHS)).isEmpty();
    }
}
