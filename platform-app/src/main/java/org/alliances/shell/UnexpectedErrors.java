package org.alliances.shell;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.ErrorHandler;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * What a member sees when an action fails unexpectedly (a click, a change of a field): a plain French message in the
 * window, never nothing and never a stack trace; the details go to the log. When someone else changed the same thing a
 * moment before (two partners moving a partnership at once), the message says so and how to go on.
 */
@Component
class UnexpectedErrors implements VaadinServiceInitListener, ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> init.getSession().setErrorHandler(this));
    }

    @Override
    public void error(ErrorEvent event) {
        var conflict = changedMeanwhile(event.getThrowable());
        if (conflict) {
            log.info("An action met a change made meanwhile by someone else: {}", event.getThrowable().toString());
        } else {
            log.error("Unexpected error in an action", event.getThrowable());
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            var notification = new Notification(ui.getTranslation(conflict ? "error.conflict" : "error.action"), 8000,
                    Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
            notification.setAssertive(true);
            notification.open();
        }
    }

    static boolean changedMeanwhile(Throwable error) {
        for (var cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof OptimisticLockingFailureException) {
                return true;
            }
        }
        return false;
    }
}
