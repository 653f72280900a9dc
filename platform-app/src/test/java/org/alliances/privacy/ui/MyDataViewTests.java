package org.alliances.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.kernel.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** "Mes données" prepares the archive in the background and then offers it, with its size and the day it goes. */
@SpringBootTest
@Import(TestSupport.class)
class MyDataViewTests extends SpringBrowserlessTest {

    @Autowired TestMembers members;
    @Autowired org.alliances.accounts.AccountService accounts;
    @Autowired org.alliances.kernel.OrganizationService organizations;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aResponsablePreparesTheArchiveAndFindsItReadyToDownload() {
        SignIn.as(members.newAssociation("Association du téléchargement", "69123"), "ASSOCIATION");
        var view = navigate(MyDataView.class);
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.getElement().getTextRecursively()).contains("Association du téléchargement", "7 jours");

        test(view.prepare).click();
        assertThat(view.progress.isVisible()).isTrue();
        view.preparing.join();
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();

        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isFalse();
        var link = find(Anchor.class, view.archives).single();
        assertThat(link.getText()).startsWith("Archive du").contains("Ko", "disponible jusqu’au");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
    }

    @Test
    void aResponsableDeletesTheOrganisationAfterTypingThePasswordAgain() {
        var email = members.newAssociation("Association qui s’en va", "69123");
        var organization = accounts.findByEmail(email).orElseThrow().organizationId();
        SignIn.as(email, "ASSOCIATION");
        var view = navigate(MyDataView.class);
        assertThat(view.deleteAccount.isVisible()).isTrue();
        assertThat(view.deleteOrganization.getText()).isEqualTo("Supprimer « Association qui s’en va »");

        test(view.deleteOrganization).click();
        roundTrip();
        var dialog = view.deletion;
        assertThat(dialog.isOpened()).isTrue();
        test(dialog.password).setValue("pas le mien");
        test(dialog.delete).click();
        assertThat(dialog.password.isInvalid()).isTrue();
        assertThat(dialog.password.getErrorMessage()).isEqualTo("Ce n'est pas votre mot de passe actuel.");
        assertThat(dialog.isOpened()).isTrue();
        assertThat(organizations.find(organization).orElseThrow().deleted()).isFalse();

        test(dialog.password).setValue(org.alliances.kernel.testing.TestData.PASSWORD);
        // the member is signed out at once: the (mock) HTTP session is invalidated under the click
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> test(dialog.delete).click()).hasMessageStartingWith("invalidated");
        assertThat(organizations.find(organization).orElseThrow().deleted()).isTrue();
        assertThat(accounts.findByEmail(email)).isEmpty();
    }

    @Test
    void theLastResponsableIsToldToNameAnotherBeforeDeletingTheirAccount() {
        var email = members.newCompany("Entreprise d’un seul", "69123");
        SignIn.as(email, "COMPANY");
        var view = navigate(MyDataView.class);
        test(view.deleteAccount).click();
        roundTrip();
        test(view.deletion.password).setValue(org.alliances.kernel.testing.TestData.PASSWORD);
        test(view.deletion.delete).click();
        assertThat(view.deletion.password.getErrorMessage()).startsWith("Vous êtes le dernier responsable");
        assertThat(accounts.findByEmail(email)).isPresent();
    }
}
