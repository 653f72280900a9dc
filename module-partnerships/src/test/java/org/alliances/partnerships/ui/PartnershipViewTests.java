package org.alliances.partnerships.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.TestOrganizations;
import org.alliances.partnerships.ContributionForm;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.Indicator;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.alliances.partnerships.internal.TestPartnerships;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;

/** The partnership screens as partners use them, browserless. */
@ModuleIntegrationTest
@Import(TestPartnerships.class)
class PartnershipViewTests extends SpringBrowserlessTest {

    @Autowired TestOrganizations members;
    @Autowired TestPartnerships open;
    @Autowired PartnershipService partnerships;
    @Autowired MutableClock clock;

    @AfterEach
    void reset() {
        TestOrganizations.signOut();
        clock.reset();
    }

    /** The text a user reads, with the narrow spaces French numbers use as ordinary spaces. */
    private String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively().replace('\u202f', ' ').replace('\u00a0', ' ');
    }

    /** The cells of a grid's row as a user reads them. */
    private <T> String row(com.vaadin.flow.component.grid.Grid<T> grid, int row) {
        var cells = new StringBuilder();
        for (int column = 0; column < grid.getColumns().size(); column++) {
            boolean component = grid.getColumns().get(column).getRenderer() instanceof com.vaadin.flow.data.renderer.ComponentRenderer<?, ?>;
            cells.append(component ? text(test(grid).getCellComponent(row, column)) : test(grid).getCellText(row, column)).append(" | ");
        }
        return cells.toString();
    }

    /** Opens a tab as a click on it would (its content attaches at the next round trip). */
    private void showTab(PartnershipView view, int index) {
        view.tabs.setSelectedIndex(index);
        roundTrip();
    }

    /** The dialog a click opened (dialogs attach at the next round trip). */
    private Dialog dialog() {
        roundTrip();
        return find(Dialog.class).single();
    }

    private Button button(String text) {
        return find(Button.class).withText(text).single();
    }

    private void confirmDialog(String text) {
        var dialog = dialog();
        test(find(Button.class, dialog).withText(text).single()).click();
    }

    @Test
    void theListShowsPartnerModelStageNextStepAndQuietPartnerships() {
        var empty = members.newAssociation("Association sans partenaire", "69123");
        TestOrganizations.signIn(empty, "ASSOCIATION");
        var none = navigate(MyPartnershipsView.class);
        assertThat(none.empty.isVisible()).isTrue();
        assertThat(text(none.empty)).contains("Vous n'avez pas encore de partenariat");

        var association = members.newAssociation("Amicale de Saint-Priest", "69290");
        var company = members.newCompany("Mécanique de Saint-Priest", "69290");
        open.matched(association, company, CooperationModel.ACTIVE_ENGAGEMENT, "69290");
        clock.advance(Duration.ofDays(61));
        TestOrganizations.signIn(association, "ASSOCIATION");
        navigate(DeclarePartnershipView.class);
        var list = navigate(MyPartnershipsView.class);
        assertThat(list.empty.isVisible()).isFalse();
        assertThat(test(list.partnerships).size()).isEqualTo(1);
        assertThat(row(list.partnerships, 0)).contains("Mécanique de Saint-Priest", "Engagement actif", "Émergence", "Mise en œuvre",
                "Sans activité depuis 61 jours");
    }

    @Test
    void aPartnershipWithTwoHundredContributionsAndFiftyChangesOpensOnOneScreenAPageAtATime() {
        var association = members.newAssociation("Banque alimentaire de Rillieux", "69286");
        var company = members.newCompany("Primeurs de Rillieux", "69286");
        var id = open.matched(association, company, CooperationModel.TRADITIONAL_PATRONAGE, "69286");
        var companyId = open.organizationOf(company);
        TestOrganizations.signIn(association, "ASSOCIATION");
        partnerships.moveTo(id, Stage.ACTIVE, null, null);
        for (int i = 0; i < 24; i++) {
            partnerships.moveTo(id, Stage.EVALUATION, "Bilan " + i, null);
            partnerships.moveTo(id, Stage.ACTIVE, "Reprise " + i, null);
        }
        partnerships.moveTo(id, Stage.EVALUATION, null, null);
        for (int i = 1; i <= 200; i++) {
            partnerships.addContribution(id, new ContributionForm(ContributionKind.MONEY, companyId, BigDecimal.valueOf(i), null,
                    LocalDate.now(clock)));
        }

        var view = navigate(PartnershipView.class, id.toString());
        assertThat(test(view.historyTab.grid).size()).isEqualTo(PartnershipService.PAGE_SIZE);
        assertThat(view.historyTab.pager.position.getText()).isEqualTo("Page 1 sur 3 (51 lignes)");
        assertThat(test(view.contributionsTab.grid).size()).isEqualTo(PartnershipService.PAGE_SIZE);
        assertThat(view.contributionsTab.pager.position.getText()).isEqualTo("Page 1 sur 10 (200 lignes)");
        assertThat(text(view.contributionsTab.totals)).contains("Argent : 20 100 € (200 saisies)");
        showTab(view, 1);
        test(view.contributionsTab.pager.next).click();
        assertThat(view.contributionsTab.pager.position.getText()).startsWith("Page 2 sur 10");
        assertThat(view.contributionsTab.pager.previous.isEnabled()).isTrue();
        assertThat(text(view.status)).contains("Étape : Évaluation");
        assertThat(text(view.actions)).contains("Renouveler", "Évoluer vers un autre modèle", "Clore le partenariat");
    }

    @Test
    void aPartnerMovesTheStageRecordsWhatEachBringsAndSeesEveryProblemAtItsField() {
        var association = members.newAssociation("Recyclerie de Vaulx", "69256");
        var company = members.newCompany("Emballages de Vaulx", "69256");
        var id = open.matched(association, company, CooperationModel.PRACTICES_AUDIT, "69256");
        TestOrganizations.signIn(company, "COMPANY");
        var view = navigate(PartnershipView.class, id.toString());
        assertThat(view.title.getText()).isEqualTo("Partenariat avec Recyclerie de Vaulx");
        assertThat(text(view.path)).contains("Émergence", "Construction", "Mise en œuvre", "Évaluation");

        test(button("Passer à « Construction »")).click();
        dialog();
        test(view.dialogs.note).setValue("Diagnostic des déchets signé");
        test(view.dialogs.nextStep).setValue(LocalDate.now(clock).plusWeeks(3));
        confirmDialog("Passer à « Construction »");
        assertThat(text(view.status)).contains("Étape : Construction", "Prochaine étape : Mise en œuvre, prévue avant le");
        assertThat(row(view.historyTab.grid, 0)).contains("Émergence → Construction", "Emballages de Vaulx", "Diagnostic des déchets signé");
        showTab(view, 1);

        test(view.contributionsTab.kind).selectItem("Dons en nature");
        test(view.contributionsTab.amount).setValue(new BigDecimal("-3"));
        test(view.contributionsTab.givenOn).setValue(LocalDate.now(clock).plusDays(2));
        test(view.contributionsTab.add).click();
        assertThat(view.contributionsTab.amount.getErrorMessage()).isEqualTo("La quantité doit être supérieure à zéro.");
        assertThat(view.contributionsTab.description.getErrorMessage()).isEqualTo("Dites ce qui a été donné ou prêté : sa valeur n'est qu'une estimation.");
        assertThat(view.contributionsTab.givenOn.getErrorMessage()).isEqualTo("La date ne peut pas être dans le futur : on enregistre ce qui a eu lieu.");
        assertThat(view.contributionsTab.pager.isEmpty()).isTrue();
        test(view.contributionsTab.amount).setValue(new BigDecimal("450"));
        test(view.contributionsTab.description).setValue("Bacs de tri");
        test(view.contributionsTab.givenOn).setValue(LocalDate.now(clock));
        test(view.contributionsTab.add).click();
        assertThat(text(view.contributionsTab.totals)).contains("Apporté par Emballages de Vaulx", "Dons en nature : 450 € (1 saisie)");

        showTab(view, 2);
        test(view.impactTab.indicator).selectItem("Intérêt général — Autre indicateur d'intérêt général");
        assertThat(view.impactTab.unit.isVisible()).isTrue();
        test(view.impactTab.value).setValue(new BigDecimal("12"));
        test(view.impactTab.add).click();
        assertThat(view.impactTab.label.getErrorMessage()).isEqualTo("Donnez un nom à cet indicateur.");
        assertThat(view.impactTab.unit.getErrorMessage()).startsWith("Choisissez l'unité de cette mesure");
        test(view.impactTab.label).setValue("Ateliers de réparation");
        test(view.impactTab.unit).selectItem("unités");
        test(view.impactTab.add).click();
        test(view.impactTab.indicator).selectItem("Entreprise — Salariés engagés");
        test(view.impactTab.value).setValue(new BigDecimal("6"));
        test(view.impactTab.add).click();
        assertThat(text(view.impactTab.totals)).contains("Impact : Intérêt général", "Ateliers de réparation : 12 unités",
                "Impact : Entreprise", "Salariés engagés : 6 personnes");
    }

    @Test
    void theJourneyTabAdvisesTheNeighboursAndEvolvesInOneAction() {
        var association = members.newAssociation("Escrime de Décines", "69275");
        var company = members.newCompany("Fibres de Décines", "69275");
        var id = open.matched(association, company, CooperationModel.ACTIVE_ENGAGEMENT, "69275");
        open.diagnosed(association, OrganizationType.ASSOCIATION, MaturityLevel.STRUCTURED, clock.instant());
        open.diagnosed(company, OrganizationType.COMPANY, MaturityLevel.AWAKENING, clock.instant());
        TestOrganizations.signIn(association, "ASSOCIATION");
        partnerships.moveTo(id, Stage.ACTIVE, null, null);
        var view = navigate(PartnershipView.class, id.toString());
        showTab(view, 3);

        var journey = text(view.journeyTab);
        assertThat(journey).contains("Engagement actif, depuis le", "Mécénat traditionnel", "Partage d'expertise — pas encore à portée",
                "L'entreprise est au niveau Éveil : la co-construction demande le niveau Structuration.");
        assertThat(view.journeyTab.getElement().getChild(1).getOuterHTML()).contains("<svg", "aria-label=");
        test(find(Button.class, view.journeyTab).withText("Évoluer vers « Mécénat traditionnel »").single()).click();
        assertThat(view.dialogs.evolveTo.getValue()).isEqualTo(CooperationModel.TRADITIONAL_PATRONAGE);
        confirmDialog("Évoluer");
        assertThat(text(view.summary)).contains("Modèle : Mécénat traditionnel");
        assertThat(text(view.journeyTab)).contains("Engagement actif, du", "Mécénat traditionnel, depuis le");
        showTab(view, 0);
        assertThat(row(view.historyTab.grid, 0)).contains("Évolution du modèle : Engagement actif → Mécénat traditionnel");
    }

    @Test
    void closingAsksForTheOutcomeAndThePartnerIsAskedForItsOwn() {
        var association = members.newAssociation("Théâtre de Tassin", "69244");
        var company = members.newCompany("Imprimerie de Tassin", "69244");
        var id = open.matched(association, company, CooperationModel.TRADITIONAL_PATRONAGE, "69244");
        TestOrganizations.signIn(association, "ASSOCIATION");
        var view = navigate(PartnershipView.class, id.toString());
        test(button("Clore le partenariat")).click();
        confirmDialog("Clore le partenariat");
        assertThat(view.dialogs.happened.getErrorMessage()).isEqualTo("Dites si le partenariat a eu lieu.");
        assertThat(view.dialogs.satisfaction.getErrorMessage()).isEqualTo("Choisissez votre satisfaction, de 1 à 5.");
        assertThat(partnerships.find(id).orElseThrow().stage()).isEqualTo(Stage.EMERGENCE);
        view.dialogs.happened.setValue(true);
        view.dialogs.satisfaction.setValue(4);
        test(view.dialogs.brought).setValue("Des affiches pour toute la saison");
        test(view.dialogs.caseStudy).click();
        confirmDialog("Clore le partenariat");
        assertThat(text(view.outcomeTab)).contains("Satisfaction : 4 sur 5", "Bilan pas encore donné.");

        TestOrganizations.signIn(company, "COMPANY");
        navigate(MyPartnershipsView.class);
        var list = (MyPartnershipsView) getCurrentView();
        assertThat(row(list.partnerships, 0)).contains("Terminé — votre bilan est attendu");
        var page = navigate(PartnershipView.class, id.toString());
        assertThat(text(page.actions)).contains("Théâtre de Tassin a clos le partenariat. Donnez votre bilan.");
        test(button("Donner notre bilan")).click();
        dialog();
        page.dialogs.happened.setValue(true);
        page.dialogs.satisfaction.setValue(5);
        test(page.dialogs.caseStudy).click();
        confirmDialog("Envoyer notre bilan");
        assertThat(text(page.outcomeTab)).contains("Les deux partenaires acceptent d'en faire une étude de cas publique");
    }

    @Test
    void aDeclarationFindsThePartnerAndWaitsForItsConfirmation() {
        var association = members.newAssociation("Chorale de Caluire", "69034");
        members.newCompany("Boulangerie de Caluire", "69034");
        TestOrganizations.signIn(association, "ASSOCIATION");
        var form = navigate(DeclarePartnershipView.class);
        test(form.save).click();
        assertThat(form.partner.getErrorMessage()).isEqualTo("Choisissez l'entreprise partenaire parmi celles inscrites.");
        assertThat(form.model.getErrorMessage()).isEqualTo("Choisissez le modèle de coopération du partenariat.");
        assertThat(form.startedOn.getErrorMessage()).isEqualTo("Indiquez la date à laquelle le partenariat a commencé.");
        assertThat(form.commune.getValue().code()).isEqualTo("69034");

        test(form.partner).setFilter("boulangerie de cal");
        test(form.partner).selectItem(test(form.partner).getSuggestions().getFirst());
        assertThat(form.partner.getValue().name()).isEqualTo("Boulangerie de Caluire");
        test(form.model).selectItem("Mécénat traditionnel");
        test(form.startedOn).setValue(LocalDate.now(clock).minusMonths(8));
        test(form.save).click();
        var page = (PartnershipView) getCurrentView();
        assertThat(text(page.actions)).contains("En attente de la confirmation de Boulangerie de Caluire");
    }

    @Test
    void anOrganisationThatIsNotAPartnerIsToldThePartnershipDoesNotExist() {
        var association = members.newAssociation("Judo de Meyzieu", "69282");
        var company = members.newCompany("Plasturgie de Meyzieu", "69282");
        var id = open.matched(association, company, CooperationModel.ACTIVE_ENGAGEMENT, "69282");
        TestOrganizations.signIn(members.newCompany("Concurrent de Meyzieu", "69282"), "COMPANY");
        navigate(PartnershipView.class, id.toString());
        assertThat(text(getCurrentView().getElement().getComponent().orElseThrow())).contains("Partenariat introuvable")
                .doesNotContain("Judo de Meyzieu");
        navigate(PartnershipView.class, "pas-un-identifiant");
        assertThat(text(getCurrentView().getElement().getComponent().orElseThrow())).contains("Partenariat introuvable");
        navigate(PartnershipView.class, UUID.randomUUID().toString());
        assertThat(text(getCurrentView().getElement().getComponent().orElseThrow())).contains("Partenariat introuvable");
    }
}
