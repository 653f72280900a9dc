package org.alliances.notifications.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.EnumMap;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.alliances.notifications.Channel;
import org.alliances.notifications.NotificationCenter;
import org.alliances.notifications.NotificationKind;
import org.alliances.kernel.ui.PhoneCards;

/** All of a member's notifications, page by page, and how they want to receive each kind. */
@Route("notifications")
@Menu(title = "menu.notifications", order = 80, icon = "vaadin:bell")
@PermitAll
class NotificationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<org.alliances.notifications.Notification> grid = new Grid<>();
    final Map<NotificationKind, Select<Channel>> channels = new EnumMap<>(NotificationKind.class);
    /** Whether the e-mails about new messages carry their text (partners only). */
    final com.vaadin.flow.component.checkbox.Checkbox messageText = new com.vaadin.flow.component.checkbox.Checkbox();

    NotificationsView(NotificationCenter center) {
        addClassName("page");
        var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(getLocale()).withZone(ZoneId.systemDefault());
        var cards = PhoneCards.of(grid);
        cards.text(n -> dates.format(n.createdAt())).setHeader(getTranslation("notifications.date")).setAutoWidth(true);
        cards.text(n -> getTranslation(n.messageKey(), n.arguments().toArray())).setHeader(getTranslation("notifications.text"))
                .setFlexGrow(1);
        cards.text(n -> n.read() ? "" : getTranslation("notifications.unread")).setHeader("").setAutoWidth(true);
        cards.cards(getTranslation("notifications.card"));
        grid.setItems(query -> center.mine(query.getPage(), query.getPageSize()).stream());
        grid.setEmptyStateText(getTranslation("notifications.empty"));
        grid.setHeight("360px");
        var markRead = new Button(getTranslation("bell.mark-read"), click -> {
            center.markAllRead();
            grid.getDataProvider().refreshAll();
        });

        var form = new FormLayout();
        center.myChannels().forEach((kind, channel) -> {
            var select = new Select<Channel>();
            select.setLabel(getTranslation(kind.labelKey()));
            select.setItems(Channel.values());
            select.setItemLabelGenerator(c -> c == null ? "" : getTranslation(c.labelKey()));
            select.setValue(channel);
            channels.put(kind, select);
            form.add(select);
        });
        messageText.setLabel(getTranslation("notifications.message-text"));
        messageText.setHelperText(getTranslation("notifications.message-text.help"));
        boolean messages = channels.containsKey(NotificationKind.MESSAGES);
        messageText.setVisible(messages);
        if (messages) {
            messageText.setValue(center.myMessageText());
        }
        var save = new Button(getTranslation("notifications.preferences.save"), click -> {
            var chosen = new EnumMap<NotificationKind, Channel>(NotificationKind.class);
            channels.forEach((kind, select) -> chosen.put(kind, select.getValue()));
            center.choose(chosen);
            if (messages) {
                center.chooseMessageText(messageText.getValue());
            }
            Notification.show(getTranslation("notifications.preferences.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("notifications.title")), markRead, grid,
                new H2(getTranslation("notifications.preferences.title")), form, messageText, save);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.notifications") + " · " + getTranslation("app.name");
    }
}
