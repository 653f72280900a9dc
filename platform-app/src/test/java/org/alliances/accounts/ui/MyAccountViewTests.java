package org.alliances.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** "Mon compte" as a member uses it. */
@SpringBootTest
@Import(TestSupport.class)
class MyAccountViewTests extends SpringBrowserlessTest {

    @Autowired TestMembers members;
    @Autowired AccountService accounts;
    @Autowired OrganizationService organizations;

    @BeforeEach
    void members() {
        members.ensureExist();
    }

    @Test
    @WithMockUser(username = TestMembers.ASSOCIATION, roles = "ASSOCIATION")
    void anAssociationRenamesItselfAndAnEmptyNameIsRefusedAtTheField() {
        var view = navigate(MyAccountView.class);
        assertThat(view.sector.isVisible()).isFalse();
        test(view.name).setValue("");
        test(view.saveOrganization).click();
        assertThat(view.name.getErrorMessage()).isEqualTo("Indiquez le nom de l'organisation.");

        test(view.name).setValue("Association de test");
        test(view.saveOrganization).click();
        assertThat(view.name.isInvalid()).isFalse();
        var organizationId = accounts.findByEmail(TestMembers.ASSOCIATION).orElseThrow().organizationId();
        assertThat(organizations.find(organizationId).orElseThrow().name()).isEqualTo("Association de test");
    }

    @Test
    @WithMockUser(username = TestMembers.COMPANY, roles = "COMPANY")
    void aMistypedCurrentPasswordIsShownAtItsField() {
        var view = navigate(MyAccountView.class);
        assertThat(view.sector.isVisible()).isTrue();
        test(view.currentPassword).setValue("pas le bon mot de passe");
        test(view.newPassword).setValue("un nouveau secret solide");
        test(view.confirmation).setValue("un nouveau secret solide");
        test(view.savePassword).click();

        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("Ce n'est pas votre mot de passe actuel.");
        assertThat(view.newPassword.isInvalid()).isFalse();
    }

    @Test
    @WithMockUser(username = TestMembers.LOCAL_AUTHORITY, roles = "LOCAL_AUTHORITY")
    void aLocalAuthorityOnlyChangesItsPassword() {
        var view = navigate(MyAccountView.class);
        assertThat(view.name.getParent()).isEmpty();
        assertThat(view.savePassword.getParent()).isPresent();
    }
}
