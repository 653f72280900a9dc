package org.alliances.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.accounts.AccountStatus;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** The admin's screens: approve or refuse (with a reason) a local authority, deactivate an account after confirming. */
@SpringBootTest
@Import(TestSupport.class)
@WithMockUser(username = TestMembers.ADMIN, roles = "ADMIN")
class AdminViewsTests extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired Territories territories;

    @Test
    void theAdminApprovesAPendingLocalAuthority() {
        var request = request("44184");
        var view = navigate(AccessRequestsView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        int row = rowOf(view, request.email());

        test(view.grid).getCellComponent(row, view.grid.getColumns().indexOf(view.grid.getColumns().stream()
                        .filter(column -> "Actions".equals(column.getHeaderText())).findFirst().orElseThrow())).getChildren()
                .map(Button.class::cast).filter(b -> b.getText().equals("Valider")).findFirst().orElseThrow().click();

        assertThat(accounts.findByEmail(request.email()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    @Test
    void aRefusalNeedsAReasonThenRecordsIt() {
        var request = request("33281");
        var view = navigate(AccessRequestsView.class);
        var pending = accounts.pendingRequests().stream().filter(r -> r.account().id().equals(request.id())).findFirst().orElseThrow();
        view.openRefusal(pending);
        var dialog = find(Dialog.class).single();
        var confirm = find(Button.class, dialog).withText("Refuser la demande").single();

        test(confirm).click();
        var reason = find(TextArea.class, dialog).single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Indiquez la raison du refus : elle sera envoyée à l'agent.");
        assertThat(accounts.findByEmail(request.email()).orElseThrow().status()).isEqualTo(AccountStatus.PENDING_APPROVAL);

        test(reason).setValue("x".repeat(AccountService.REFUSAL_REASON.max() + 1));
        test(confirm).click();
        assertThat(reason.getErrorMessage()).isEqualTo("Ce texte ne peut pas dépasser 1\u202f000 caractères : raccourcissez-le.");
        assertThat(accounts.findByEmail(request.email()).orElseThrow().status()).isEqualTo(AccountStatus.PENDING_APPROVAL);

        test(reason).setValue("Adresse e-mail non professionnelle");
        test(confirm).click();
        var refused = accounts.findByEmail(request.email()).orElseThrow();
        assertThat(refused.status()).isEqualTo(AccountStatus.REFUSED);
        assertThat(refused.refusalReason()).isEqualTo("Adresse e-mail non professionnelle");
    }

    @Test
    void theAdminDeactivatesAnAccountAfterConfirming() {
        var email = TestData.email("to-deactivate");
        var account = accounts.register(OrganizationRegistration.association("Association à désactiver", TestData.rna(), "69123"),
                new Credentials(email, TestData.PASSWORD, TestData.PASSWORD));
        var view = navigate(AccountsView.class);
        test(view.filter).setValue(email);
        assertThat(test(view.grid).size()).isEqualTo(1);

        view.confirmDeactivation(accounts.accounts(email, 0, 1).getContent().getFirst());
        var dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.isOpened()).isTrue();
        assertThat(accounts.find(account.id()).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
        test(dialog).confirm();

        assertThat(accounts.find(account.id()).orElseThrow().status()).isEqualTo(AccountStatus.DEACTIVATED);
    }

    @Test
    void anAdminCannotDeactivateTheirOwnAccount() {
        var view = navigate(AccountsView.class);
        view.confirmDeactivation(accounts.accounts(TestMembers.ADMIN, 0, 1).getContent().getFirst());
        test(find(ConfirmDialog.class).single()).confirm();

        assertThat(find(com.vaadin.flow.component.notification.Notification.class).all())
                .anySatisfy(n -> assertThat(test(n).getText()).isEqualTo("Vous ne pouvez pas désactiver votre propre compte."));
        assertThat(accounts.findByEmail(TestMembers.ADMIN).orElseThrow().status()).isEqualTo(AccountStatus.ACTIVE);
    }

    private org.alliances.accounts.Account request(String communeCode) {
        var commune = territories.territory(TerritoryLevel.COMMUNE, communeCode).orElseThrow();
        var existing = accounts.pendingRequests().stream().filter(r -> r.organization().identifier().equals(communeCode)).findFirst();
        return existing.map(AccountService.AccessRequest::account).orElseGet(() -> accounts.requestLocalAuthorityAccess(commune,
                new Credentials(TestData.email("agent"), TestData.PASSWORD, TestData.PASSWORD)));
    }

    private int rowOf(AccessRequestsView view, String email) {
        for (int row = 0; row < test(view.grid).size(); row++) {
            if (test(view.grid).getRow(row).account().email().equals(email)) {
                return row;
            }
        }
        throw new AssertionError("No row for " + email);
    }
}
