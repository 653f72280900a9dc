package org.alliances.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.Sector;
import org.alliances.kernel.SizeBand;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The registration pages as a visitor uses them: messages in French next to the field, nothing typed lost. */
@SpringBootTest
@Import(TestSupport.class)
class RegistrationViewsTests extends SpringBrowserlessTest {

    @Autowired Territories territories;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void aCompanyRegistersAndIsSentToTheLoginPage() {
        var view = navigate(RegisterCompanyView.class);
        fillCompany(view, "Boulangerie du Marché", TestData.siren(), TestData.email("bakery"));

        test(view.submit).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(((LoginView) getCurrentView()).notice.getText()).contains("votre compte est créé");
    }

    @Test
    void aDuplicateSirenIsShownInFrenchNextToTheFieldAndNothingIsLost() {
        var siren = TestData.siren();
        var first = navigate(RegisterCompanyView.class);
        fillCompany(first, "Première entreprise", siren, TestData.email("first"));
        test(first.submit).click();
        int before = jdbc.queryForObject("select count(*) from accounts_user", Integer.class);

        var view = navigate(RegisterCompanyView.class);
        var email = TestData.email("second");
        fillCompany(view, "Seconde entreprise", siren, email);
        test(view.submit).click();

        assertThat(getCurrentView()).isSameAs(view);
        assertThat(view.siren.isInvalid()).isTrue();
        assertThat(view.siren.getErrorMessage()).isEqualTo("Une entreprise est déjà inscrite avec ce SIREN.");
        assertThat(view.name.isInvalid()).isFalse();
        assertThat(view.name.getValue()).isEqualTo("Seconde entreprise");
        assertThat(view.email.getValue()).isEqualTo(email);
        assertThat(jdbc.queryForObject("select count(*) from accounts_user", Integer.class)).isEqualTo(before);
    }

    @Test
    void aMissingCommuneAndAWeakPasswordAreShownAtTheirFields() {
        var view = navigate(RegisterAssociationView.class);
        test(view.name).setValue("Les Amis des Oiseaux");
        test(view.identifier).setValue("W12345");
        test(view.email).setValue(TestData.email("birds"));
        test(view.password).setValue("azertyuiop123");
        test(view.confirmation).setValue("azertyuiop12");

        test(view.submit).click();

        assertThat(view.identifier.getErrorMessage()).isEqualTo("Un numéro RNA s'écrit W suivi de 9 chiffres, par exemple W691234567.");
        assertThat(view.commune.isInvalid()).isTrue();
        assertThat(view.commune.getErrorMessage()).isEqualTo("Choisissez une commune dans la liste.");
        assertThat(view.password.getErrorMessage()).startsWith("Ce mot de passe est trop courant");
        assertThat(view.confirmation.getErrorMessage()).isEqualTo("Les deux mots de passe ne sont pas identiques.");
        assertThat(view.terms.isInvalid()).isTrue();
        assertThat(view.terms.getErrorMessage()).isEqualTo("Pour créer un compte, acceptez les conditions d’utilisation.");
    }

    @Test
    void anAssociationRegistersWithItsRnaNumber() {
        var view = navigate(RegisterAssociationView.class);
        var email = TestData.email("rna");
        test(view.name).setValue("Repair café des Pentes");
        test(view.identifier).setValue(TestData.rna());
        view.commune.setValue(territories.commune("69381").orElseThrow());
        test(view.email).setValue(email);
        test(view.password).setValue(TestData.PASSWORD);
        test(view.confirmation).setValue(TestData.PASSWORD);
        view.terms.setValue(true);

        test(view.submit).click();

        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
        assertThat(accounts.findByEmail(email)).isPresent();
    }

    @Test
    void aLocalAuthorityRequestEndsOnAConfirmation() {
        var view = navigate(LocalAuthorityRequestView.class);
        view.territory.setValue(territories.territory(TerritoryLevel.DEPARTMENT, "33").orElseThrow());
        test(view.email).setValue(TestData.email("gironde"));
        test(view.password).setValue(TestData.PASSWORD);
        test(view.confirmation).setValue(TestData.PASSWORD);
        view.terms.setValue(true);

        test(view.submit).click();

        assertThat(find(H2.class).single().getText()).isEqualTo("Demande envoyée");
        assertThat(find(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).contains("Gironde"));
    }

    @Test
    void theCommunePickerFindsCommunesAsTheVisitorTypes() {
        var view = navigate(RegisterAssociationView.class);
        assertThat(test(view.commune).getSuggestions()).isNotEmpty();
        test(view.commune).setFilter("st etien");
        assertThat(test(view.commune).getSuggestions()).contains("Saint-Étienne (42)");
    }

    private void fillCompany(RegisterCompanyView view, String name, String siren, String email) {
        test(view.name).setValue(name);
        test(view.siren).setValue(siren);
        view.commune.setValue(territories.commune("44109").orElseThrow());
        view.sector.setValue(Sector.HOSPITALITY);
        view.sizeBand.setValue(SizeBand.MICRO);
        test(view.email).setValue(email);
        test(view.password).setValue(TestData.PASSWORD);
        test(view.confirmation).setValue(TestData.PASSWORD);
        view.terms.setValue(true);
    }
}
