package org.alliances.demo;

import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/** The pages that exist only in the demo: its outbox. */
@Component
@Profile("demo")
class DemoRoutes implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        RouteConfiguration.forApplicationScope().setAnnotatedRoute(OutboxView.class);
    }
}
