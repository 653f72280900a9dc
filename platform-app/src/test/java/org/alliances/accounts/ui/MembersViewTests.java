package org.alliances.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.alliances.RecordingMailSender;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.accounts.JoinRequestService;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * "Membres" as a responsable and as a member, the request to join from the registration pages, and the admins'
 * journal: what each sees and what each can do, with the errors at their fields.
 */
@SpringBootTest
@Import(TestSupport.class)
class MembersViewTests extends SpringBrowserlessTest {

    @Autowired TestMembers members;
    @Autowired AccountService accounts;
    @Autowired JoinRequestService joinRequests;
    @Autowired RecordingMailSender mails;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signedInAs(String email, String role) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(email, null, "ROLE_" + role));
    }

    @Test
    void aResponsableInvitesWithTheErrorAtTheFieldAndAnswersARequestToJoin() {
        var responsable = members.newAssociation("Les Vergers de Saint-Jean", "69123");
        var identifier = TestData.rna();
        var organization = accounts.findByEmail(responsable).orElseThrow().organizationId();
        var asker = TestData.email("asker");
        joinRequests.ask(OrganizationType.ASSOCIATION, organizationIdentifier(responsable), "Robin Verger",
                new Credentials(asker, "une phrase de passe solide", "une phrase de passe solide"), false, null, "client-" + identifier, Locale.FRENCH);

        signedInAs(responsable, Roles.ASSOCIATION);
        var view = navigate(MembersView.class);
        view.email.setValue("pas une adresse");
        test(view.invite).click();
        assertThat(view.email.isInvalid()).isTrue();
        assertThat(view.email.getErrorMessage()).contains("n'est pas valide");

        var colleague = TestData.email("colleague");
        view.email.setValue(colleague);
        test(view.invite).click();
        assertThat(view.email.isInvalid()).isFalse();
        assertThat(view.invitations.getElement().getTextRecursively()).contains(colleague).contains("valable jusqu'au");
        assertThat(mails.sentTo(colleague, "vous invite")).hasSize(1);

        assertThat($(JoinRequestList.class).single().getElement().getTextRecursively()).contains("Robin Verger");
        test($(com.vaadin.flow.component.button.Button.class).withText("Accepter").single()).click();
        assertThat(accounts.findByEmail(asker).orElseThrow().organizationId()).isEqualTo(organization);
        assertThat(view.members.getElement().getTextRecursively()).contains("Robin Verger");
    }

    @Test
    void aMemberWhoIsNotResponsableSeesTheMembersButNoInvitation() {
        var responsable = members.newCompany("Imprimerie des Pentes", "69381");
        var member = TestData.email("member");
        joinRequests.ask(OrganizationType.COMPANY, organizationIdentifier(responsable), "Alex Imprimeur",
                new Credentials(member, "une phrase de passe solide", "une phrase de passe solide"), false, null, "client-" + member, Locale.FRENCH);
        signedInAs(responsable, Roles.COMPANY);
        joinRequests.accept(joinRequests.forMyOrganization().getFirst().id());

        signedInAs(member, Roles.COMPANY);
        var view = navigate(MembersView.class);
        assertThat(view.members.getElement().getTextRecursively()).contains("Alex Imprimeur").contains(responsable);
        assertThat(view.invite.isAttached()).isFalse();
        assertThat($(JoinRequestList.class).all()).isEmpty();
        assertThat(view.leave.isAttached()).isTrue();
    }

    @Test
    void aVisitorAsksToJoinAnOrganisationAlreadyRegistered() {
        var responsable = members.newAssociation("La Chorale des Canuts", "69384");
        var view = navigate(JoinOrganizationView.class);
        view.identifier.setValue("W000000000");
        view.name.setValue("Camille Choriste");
        view.email.setValue(TestData.email("choriste"));
        view.password.setValue("une phrase de passe solide");
        view.confirmation.setValue("une phrase de passe solide");
        view.terms.setValue(true);
        test(view.submit).click();
        assertThat(view.identifier.isInvalid()).isTrue();
        assertThat(view.identifier.getErrorMessage()).contains("Aucune association");

        view.identifier.setValue(organizationIdentifier(responsable));
        test(view.submit).click();
        assertThat(view.card.getElement().getTextRecursively()).contains("Demande envoyée");
    }

    @Test
    void theAdminsReadTheJournal() {
        var email = members.newAssociation("Association vérifiée", "69123");
        TestMembers.asAdmin(() -> accounts.deactivate(accounts.findByEmail(email).orElseThrow().id()));
        signedInAs(TestMembers.ADMIN, Roles.ADMIN);
        var view = navigate(JournalView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        assertThat(test(view.grid).getCellText(0, 1)).isEqualTo("Compte désactivé");
        assertThat(test(view.grid).getCellText(0, 3)).contains(email);
    }

    @Autowired org.alliances.kernel.OrganizationService organizations;

    String organizationIdentifier(String memberEmail) {
        return organizations.find(accounts.findByEmail(memberEmail).orElseThrow().organizationId()).orElseThrow().identifier();
    }
}
