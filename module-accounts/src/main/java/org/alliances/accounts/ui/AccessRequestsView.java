package org.alliances.accounts.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.alliances.accounts.AccountService;
import org.alliances.accounts.AccountService.AccessRequest;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.Roles;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.kernel.ui.PhoneCards;

/** The admin approves or refuses, with a reason, the local authorities waiting for access. */
@Route("admin/demandes")
@Menu(title = "menu.admin.requests", order = 90, icon = "vaadin:check-square-o")
@RolesAllowed(Roles.ADMIN)
class AccessRequestsView extends VerticalLayout implements HasDynamicTitle {

    private final AccountService accounts;
    final Grid<AccessRequest> grid = new Grid<>();
    final Paragraph empty = new Paragraph();

    AccessRequestsView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("page");
        var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(getLocale()).withZone(ZoneId.systemDefault());
        var cards = PhoneCards.of(grid);
        cards.text(r -> r.organization().name()).setHeader(getTranslation("admin.requests.authority")).setAutoWidth(true);
        cards.text(r -> getTranslation(r.organization().territoryLevel().labelKey())).setHeader(getTranslation("admin.requests.level"));
        cards.text(r -> r.organization().identifier()).setHeader(getTranslation("admin.requests.code"));
        cards.text(r -> r.account().email()).setHeader(getTranslation("admin.requests.email")).setAutoWidth(true);
        cards.text(r -> dates.format(r.account().createdAt())).setHeader(getTranslation("admin.requests.date")).setAutoWidth(true);
        cards.component(this::actions).setHeader(getTranslation("admin.actions")).setAutoWidth(true);
        cards.cards(getTranslation("admin.requests.card"));
        grid.setAllRowsVisible(true);
        empty.setText(getTranslation("admin.requests.empty"));
        add(new H1(getTranslation("admin.requests.title")), empty, grid);
        refresh();
    }

    private HorizontalLayout actions(AccessRequest request) {
        var approve = new Button(getTranslation("admin.requests.approve"), click -> {
            accounts.approve(request.account().id());
            Notification.show(getTranslation("admin.requests.approved", request.organization().name()))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        var refuse = new Button(getTranslation("admin.requests.refuse"), click -> openRefusal(request));
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
        return new HorizontalLayout(approve, refuse);
    }

    void openRefusal(AccessRequest request) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("admin.requests.refuse.title", request.organization().name()));
        var reason = new TextArea(getTranslation("admin.requests.refuse.reason"));
        reason.setHelperText(getTranslation("admin.requests.refuse.reason.help"));
        reason.setWidthFull();
        TextLimits.limit(reason, AccountService.REFUSAL_REASON.max());
        reason.setRequiredIndicatorVisible(true);
        dialog.add(reason);
        var confirm = new Button(getTranslation("admin.requests.refuse.confirm"), click -> {
            try {
                accounts.refuse(request.account().id(), reason.getValue());
                dialog.close();
                Notification.show(getTranslation("admin.requests.refused", request.organization().name()));
                refresh();
            } catch (InvalidInputException problems) {
                reason.setErrorMessage(FieldErrors.message(problems, "reason", this));
                reason.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), confirm);
        dialog.open();
    }

    private void refresh() {
        var pending = accounts.pendingRequests();
        grid.setItems(pending);
        grid.setVisible(!pending.isEmpty());
        empty.setVisible(pending.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.admin.requests") + " · " + getTranslation("app.name");
    }
}
