package org.alliances.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import org.alliances.accounts.AccountService;
import org.alliances.accounts.EmailVerification;
import org.alliances.accounts.AccountService.AccessRequest;
import org.alliances.accounts.AccountStatus;
import org.alliances.accounts.Member;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.kernel.ui.PhoneCards;

/** The admin lists every account, page by page, and deactivates (or reactivates) one after confirming. */
@Route("admin/comptes")
@Menu(title = "menu.admin.accounts", order = 91, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final int PAGE_SIZE = 50;
    private final AccountService accounts;
    private final EmailVerification verification;
    final TextField filter = new TextField();
    final Grid<AccessRequest> grid = new Grid<>();

    AccountsView(AccountService accounts, EmailVerification verification) {
        this.accounts = accounts;
        this.verification = verification;
        addClassName("page");
        setSizeFull();
        filter.setPlaceholder(getTranslation("admin.accounts.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        TextLimits.limit(filter, Member.EMAIL.max());
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var cards = PhoneCards.of(grid);
        cards.text(r -> r.account().email()).setHeader(getTranslation("admin.accounts.email")).setAutoWidth(true);
        cards.text(r -> r.organization() == null ? "" : r.organization().name()).setHeader(getTranslation("admin.accounts.organization")).setAutoWidth(true);
        cards.text(r -> getTranslation("role." + r.account().role())).setHeader(getTranslation("admin.accounts.role"));
        cards.text(r -> getTranslation(r.account().status().labelKey())).setHeader(getTranslation("admin.accounts.status"));
        cards.text(r -> getTranslation(r.account().membership().labelKey())).setHeader(getTranslation("admin.accounts.membership"));
        cards.component(this::proof).setHeader(getTranslation("admin.accounts.proof")).setAutoWidth(true);
        cards.component(this::action).setHeader(getTranslation("admin.actions")).setAutoWidth(true);
        cards.cards(getTranslation("admin.accounts.card"));
        grid.setPageSize(PAGE_SIZE);
        grid.setItems(query -> accounts.accounts(filter.getValue(), query.getPage(), query.getPageSize()).stream());
        grid.setEmptyStateText(getTranslation("admin.accounts.empty"));
        add(new H1(getTranslation("admin.accounts.title")), filter, grid);
    }

    /** Whether the address is proven; an admin who checked it by other means (a call) may mark it so. */
    private com.vaadin.flow.component.Component proof(AccessRequest row) {
        if (row.account().emailProven()) {
            return new Span(getTranslation("admin.accounts.proven"));
        }
        var confirm = new Button(getTranslation("admin.accounts.confirm-email"), click -> {
            verification.confirmByAdmin(row.account().id());
            Notification.show(getTranslation("admin.accounts.email-confirmed", row.account().email()));
            grid.getDataProvider().refreshAll();
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return confirm;
    }

    private Button action(AccessRequest row) {
        var account = row.account();
        if (account.status() == AccountStatus.DEACTIVATED) {
            var reactivate = new Button(getTranslation("admin.accounts.reactivate"), click -> {
                accounts.reactivate(account.id());
                Notification.show(getTranslation("admin.accounts.reactivated", account.email()));
                grid.getDataProvider().refreshAll();
            });
            reactivate.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return reactivate;
        }
        var deactivate = new Button(getTranslation("admin.accounts.deactivate"), click -> confirmDeactivation(row));
        deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        deactivate.setEnabled(account.status() == AccountStatus.ACTIVE);
        return deactivate;
    }

    void confirmDeactivation(AccessRequest row) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("admin.accounts.deactivate.title"));
        dialog.setText(getTranslation("admin.accounts.deactivate.text", row.account().email()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation("admin.accounts.deactivate"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            try {
                accounts.deactivate(row.account().id());
                Notification.show(getTranslation("admin.accounts.deactivated", row.account().email()));
                grid.getDataProvider().refreshAll();
            } catch (InvalidInputException refused) {
                Notification.show(getTranslation(refused.problems().get("account")))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.admin.accounts") + " · " + getTranslation("app.name");
    }
}
