package org.alliances.notifications.internal;

import java.util.UUID;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import org.alliances.kernel.OnEveryInstance;
import org.alliances.kernel.ui.OpenWindows;
import org.alliances.notifications.NotificationAdded;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The bells of the windows open on this instance, by member: a new notification rings the member's bells at once
 * (Vaadin server push), wherever it was created ({@link NotificationAdded} is shared between instances).
 */
@Component
public class LiveBells implements DisposableBean {

    private final OpenWindows windows = new OpenWindows("bell-push");

    public Registration watch(UUID accountId, UI ui, Runnable refresh) {
        return windows.watch(accountId, ui, refresh);
    }

    @EventListener
    void on(OnEveryInstance<NotificationAdded> added) {
        windows.changed(added.event().accountId());
    }

    @Override
    public void destroy() {
        windows.close();
    }
}
