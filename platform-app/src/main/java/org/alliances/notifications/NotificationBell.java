package org.alliances.notifications;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.popover.Popover;

/**
 * The bell of the header: the count of unread notifications, and the latest ones on click. It rings (its count changes)
 * as soon as a notification is added for the member, without a reload (server push).
 */
public class NotificationBell extends Div {

    private final NotificationCenter center;
    private final Button button = new Button(VaadinIcon.BELL.create());
    private final Span badge = new Span();
    private final VerticalLayout list = new VerticalLayout();

    public NotificationBell(NotificationCenter center) {
        this.center = center;
        addClassName("bell");
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        badge.addClassName("badge");
        add(button, badge);
        var popover = new Popover();
        popover.setTarget(button);
        popover.setWidth("360px");
        popover.addOpenedChangeListener(change -> {
            if (change.isOpened()) {
                fill();
            }
        });
        list.setPadding(false);
        list.setSpacing(false);
        popover.add(list);
        refresh();
        addAttachListener(attach -> {
            var watching = center.watchMine(attach.getUI(), this::refresh);
            addDetachListener(detach -> {
                watching.remove();
                detach.unregisterListener();
            });
        });
    }

    public void refresh() {
        long unread = center.unreadCount();
        badge.setText(unread > 99 ? "99+" : String.valueOf(unread));
        badge.setVisible(unread > 0);
        button.setAriaLabel(getTranslation("bell.label", unread));
    }

    private void fill() {
        list.removeAll();
        var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        var latest = center.mine(0, 8).getContent();
        if (latest.isEmpty()) {
            list.add(new Paragraph(getTranslation("bell.empty")));
        }
        for (var notification : latest) {
            var line = new Paragraph(getTranslation(notification.messageKey(), notification.arguments().toArray()));
            line.add(new Span(" — " + dates.format(notification.createdAt())));
            if (!notification.read()) {
                line.getStyle().set("font-weight", "600");
            }
            list.add(line);
        }
        var markRead = new Button(getTranslation("bell.mark-read"), click -> {
            center.markAllRead();
            refresh();
            fill();
        });
        markRead.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        list.add(markRead, new Anchor("notifications", getTranslation("bell.all")));
    }
}
