package org.alliances.diagnosis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import org.alliances.diagnosis.DiagnosisAnswers;
import org.alliances.diagnosis.DiagnosisService;
import org.alliances.diagnosis.Questionnaire.Option;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.TestOrganizations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The diagnosis screens as a member uses them, browserless. */
@ModuleIntegrationTest
class DiagnosisViewTests extends SpringBrowserlessTest {

    @Autowired TestOrganizations members;
    @Autowired DiagnosisService diagnoses;

    @AfterEach
    void signOut() {
        TestOrganizations.signOut();
    }

    @Test
    void aStepCannotBePassedWithARequiredAnswerMissing() {
        TestOrganizations.signIn(members.newAssociation("Les Amis du Parc de Bron", "69029"), "ASSOCIATION");
        var view = navigate(DiagnosisView.class);
        test(view.start).click();
        assertThat(view.stepTitle.getText()).isEqualTo("Étape 1 sur 6 : Votre expérience des partenariats");
        assertThat(view.previous.isVisible()).isFalse();

        selectLevel(view, "experience.history", 1);
        test(view.next).click();

        assertThat(view.stepTitle.getText()).startsWith("Étape 1 sur 6");
        var missing = (HasValidation) view.fields.get("experience.depth");
        assertThat(missing.isInvalid()).isTrue();
        assertThat(missing.getErrorMessage()).isEqualTo("Répondez à cette question pour continuer.");
        assertThat(((HasValidation) view.fields.get("experience.history")).isInvalid()).isFalse();
    }

    @Test
    void theWizardResumesAfterLogoutWithEveryAnswerKept() {
        var email = members.newCompany("Café des Terreaux", "69381");
        TestOrganizations.signIn(email, "COMPANY");
        var view = navigate(DiagnosisView.class);
        test(view.start).click();
        selectLevel(view, "experience.history", 2);
        selectLevel(view, "experience.depth", 1);
        test(view.next).click();
        assertThat(view.stepTitle.getText()).isEqualTo("Étape 2 sur 6 : Stratégie et gouvernance");
        assertThat(view.progress.getValue()).isEqualTo(1 / 6.0);
        selectLevel(view, "strategy.place", 3);
        TestOrganizations.signOut();

        TestOrganizations.signIn(email, "COMPANY");
        var resumed = navigate(DiagnosisView.class);
        assertThat(resumed.stepTitle.getText()).startsWith("Étape 2 sur 6");
        assertThat(selected(resumed, "strategy.place")).isEqualTo("central");
        test(resumed.previous).click();
        assertThat(resumed.stepTitle.getText()).startsWith("Étape 1 sur 6");
        assertThat(selected(resumed, "experience.history")).isEqualTo("several");
        assertThat(selected(resumed, "experience.depth")).isEqualTo("support");
    }

    @Test
    void theResultPageShowsTheLevelTheRankingAndTheReasons() {
        TestOrganizations.signIn(members.newCompany("Brasserie de la Soie", "69266"), "COMPANY");
        var view = navigate(DiagnosisView.class);
        test(view.start).click();
        for (int step = 0; step < 6; step++) {
            for (var question : List.copyOf(view.fields.keySet())) {
                switch (question) {
                    case "commitment.contributions" -> choose(view, question, "Du temps de bénévolat de nos salariés");
                    case "objectives.priorities" -> choose(view, question, "Engager et fédérer nos salariés", "Vivre nos valeurs et notre ancrage local");
                    default -> selectLevel(view, question, 0);
                }
            }
            test(view.next).click();
        }

        var result = (DiagnosisResultView) getCurrentView();
        assertThat(result.level.getText()).isEqualTo("Votre niveau de maturité : Éveil");
        var ranking = result.categories.getElement().getTextRecursively();
        assertThat(ranking).contains("Votre maturité est encore en construction : commencez par une porte d'entrée");
        assertThat(ranking.indexOf("Mécénat —")).isLessThan(ranking.indexOf("Innovation sociétale —"));
        assertThat(ranking).contains("Votre objectif « Engager et fédérer nos salariés » (+9 points)",
                "Ce que vous pouvez apporter : « Du temps de bénévolat de nos salariés » (+2 points)",
                "Maturité encore en construction : une porte d'entrée d'abord");
        assertThat(result.models.getElement().getTextRecursively()).startsWith("Les modèles de coopération à envisager")
                .contains("1. Mécénat traditionnel (porte d'entrée)");
        assertThat(result.report.getText()).isEqualTo("Télécharger le rapport (PDF)");
    }

    @Test
    void anotherOrganisationsResultOpenedByItsIdShowsNothingOfIt() {
        TestOrganizations.signIn(members.newAssociation("Handi'Cap Caluire", "69034"), "ASSOCIATION");
        var result = DiagnosisAnswers.takeWhole(diagnoses, 2, Map.of());

        TestOrganizations.signIn(members.newAssociation("Solidarité Tassin", "69244"), "ASSOCIATION");
        var view = navigate(DiagnosisResultView.class, result.id().toString());
        assertThat(view.missing.getText()).isEqualTo("Ce diagnostic n'existe pas ou vous n'y avez pas accès.");
        assertThat(view.categories.getParent()).isEmpty();
        assertThat(navigate(DiagnosisResultView.class, "pas-un-identifiant").missing.isAttached()).isTrue();
    }

    @Test
    void theHistoryListsDiagnosesAndSharingProblemsShowAtTheirFields() {
        var email = members.newAssociation("Jardins de Gerland", "69387");
        TestOrganizations.signIn(email, "ASSOCIATION");
        var empty = navigate(DiagnosisHistoryView.class);
        assertThat(empty.empty.getText()).isEqualTo("Vous n'avez pas encore terminé de diagnostic.");

        DiagnosisAnswers.takeWhole(diagnoses, 1, Map.of("objectives.priorities", Set.of("fund_project")));
        navigate(DiagnosisView.class);
        var view = navigate(DiagnosisHistoryView.class);
        assertThat(test(view.history).size()).isEqualTo(1);
        assertThat(test(view.history).getCellText(0, 1)).isEqualTo("Expérimentation");

        test(view.share).click();
        assertThat(view.shareType.getErrorMessage()).isEqualTo("Choisissez le type d'organisation.");
        assertThat(view.shareIdentifier.getErrorMessage()).isEqualTo("Indiquez l'identifiant de l'organisation.");
        test(view.shareType).selectItem("Entreprise");
        test(view.shareIdentifier).setValue("732829320");
        test(view.share).click();
        assertThat(view.shareIdentifier.getErrorMessage()).isEqualTo("Aucune organisation de ce type n'a cet identifiant sur la plateforme.");
        assertThat(view.shareIdentifier.getValue()).isEqualTo("732829320");
        assertThat(diagnoses.sharing()).isEmpty();
    }

    @Test
    void theComparisonIsRefusedWithoutBothConsents() {
        var company = members.newCompany("Chocolaterie Bellecour", "69382");
        TestOrganizations.signIn(members.newAssociation("Entraide numérique Perrache", "69382"), "ASSOCIATION");
        var view = navigate(DiagnosisComparisonView.class, members.organizationOf(company).toString());

        assertThat(view.refused.getText()).isEqualTo(
                "Cette comparaison n'est possible que si vos deux organisations ont accepté de partager leur diagnostic l'une avec l'autre.");
        assertThat(view.sides.getParent()).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private void selectLevel(DiagnosisView view, String question, int level) {
        var group = (RadioButtonGroup<Option>) view.fields.get(question);
        var option = group.getListDataView().getItems().filter(candidate -> candidate.level() == level).findFirst().orElseThrow();
        test(group).selectItem(option.label().fr());
    }

    @SuppressWarnings("unchecked")
    private void choose(DiagnosisView view, String question, String... labels) {
        test((CheckboxGroup<Option>) view.fields.get(question)).selectItems(labels);
    }

    @SuppressWarnings("unchecked")
    private static String selected(DiagnosisView view, String question) {
        var value = ((RadioButtonGroup<Option>) view.fields.get(question)).getValue();
        return value == null ? null : value.code();
    }
}
