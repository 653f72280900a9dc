package org.alliances.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** A member deactivated while signed in is logged out at their next navigation. */
@SpringBootTest
@Import(TestSupport.class)
class InactiveMemberTests extends SpringBrowserlessTest {

    static final String EMAIL = "soon.deactivated@test.alliances.fr";

    @Autowired AccountService accounts;

    @Test
    @WithMockUser(username = EMAIL, roles = "ASSOCIATION")
    void aDeactivatedMemberIsSentBackToTheLoginPage() {
        var account = accounts.findByEmail(EMAIL).orElseGet(() -> accounts.register(OrganizationRegistration.association(
                "Association bientôt désactivée", TestData.rna(), "69123"), new Credentials(EMAIL, TestData.PASSWORD, TestData.PASSWORD)));
        navigate(MyAccountView.class);
        assertThat(getCurrentView()).isInstanceOf(MyAccountView.class);

        TestMembers.asAdmin(() -> accounts.deactivate(account.id()));
        navigate("", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
