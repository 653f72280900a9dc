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

/** A member deactivated, or removed from their organisation, while signed in is logged out at their next navigation. */
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

    static final String REMOVED = "soon.removed@test.alliances.fr";

    @Autowired org.alliances.accounts.Memberships memberships;
    @Autowired org.alliances.accounts.InvitationAcceptance acceptance;
    @Autowired org.alliances.TestMembers members;
    @Autowired org.alliances.RecordingMailSender mails;

    @Test
    @WithMockUser(username = REMOVED, roles = "ASSOCIATION")
    void aMemberRemovedByTheResponsableIsSentBackToTheLoginPageAtTheNextClick() {
        var responsable = members.newAssociation("Association qui se sépare d'un membre", "69123");
        TestMembers.signIn(responsable, "ASSOCIATION");
        memberships.invite(REMOVED, "client-removed", java.util.Locale.FRENCH);
        TestMembers.signOut();
        var link = java.util.regex.Pattern.compile("/invitation/([A-Za-z0-9_-]{43})").matcher(mails.sentTo(REMOVED).getLast().getText());
        assertThat(link.find()).isTrue();
        var removed = acceptance.joinAsNewMember(link.group(1), "Membre bientôt retiré", "une phrase de passe solide",
                "une phrase de passe solide");
        signedInAsRemoved();
        navigate(MyAccountView.class);
        assertThat(getCurrentView()).isInstanceOf(MyAccountView.class);

        TestMembers.signIn(responsable, "ASSOCIATION");
        memberships.remove(removed.id());
        TestMembers.signOut();
        signedInAsRemoved();
        navigate("", LoginView.class);

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }

    private static void signedInAsRemoved() {
        org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(
                new org.springframework.security.authentication.TestingAuthenticationToken(REMOVED, null, "ROLE_ASSOCIATION"));
    }
}
