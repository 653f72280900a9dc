package org.alliances.matching.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.TestOrganizations;
import org.alliances.matching.Contribution;
import org.alliances.matching.Interest;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.alliances.matching.Reach;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The matching screens as associations and companies use them, browserless. */
@ModuleIntegrationTest
class MatchingViewTests extends SpringBrowserlessTest {

    @Autowired TestOrganizations members;
    @Autowired MatchingService matching;

    @AfterEach
    void signOut() {
        TestOrganizations.signOut();
    }

    @Test
    void theNeedFormShowsEachProblemAtItsFieldKeepsWhatWasTypedAndSavesNothing() {
        TestOrganizations.signIn(members.newAssociation("Ludothèque de Caluire", "69034"), "ASSOCIATION");
        var form = navigate(NeedFormView.class);
        assertThat(form.heading.getText()).isEqualTo("Publier un besoin");
        test(form.description).setValue("Des jeux pour la ludothèque");
        test(form.deadline).setValue(LocalDate.now().minusDays(3));
        test(form.quantity).setValue(new BigDecimal("-5"));
        test(form.publish).click();

        assertThat(form.title.getErrorMessage()).isEqualTo("Donnez un titre à votre besoin.");
        assertThat(form.themes.getErrorMessage()).isEqualTo("Choisissez au moins un thème.");
        assertThat(form.deadline.getErrorMessage()).isEqualTo("L'échéance ne peut pas être dans le passé.");
        assertThat(form.quantity.getErrorMessage()).isEqualTo("La quantité ne peut pas être négative.");
        assertThat(form.description.getValue()).isEqualTo("Des jeux pour la ludothèque");
        assertThat(matching.myNeeds()).isEmpty();
    }

    @Test
    void choosingAContributionSuggestsItsModelsAndPublishingShowsTheCompaniesThatFit() {
        var company = members.newCompany("Jouets de la Saône", "69034");
        TestOrganizations.signIn(company, "COMPANY");
        matching.saveProfile(Set.of(Theme.CHILDHOOD_FAMILY), Map.of(Contribution.GOODS, 0),
                Set.of("69034"), List.of(Category.PATRONAGE));
        TestOrganizations.signIn(members.newAssociation("Ludothèque de Cuire", "69034"), "ASSOCIATION");
        var form = navigate(NeedFormView.class);
        test(form.title).setValue("Des jeux de société");
        test(form.description).setValue("Pour les mercredis des enfants du quartier.");
        form.themes.setValue(Set.of(Theme.CHILDHOOD_FAMILY));
        test(form.contribution).selectItem("Dons de biens");
        assertThat(form.models.getValue()).containsExactly(CooperationModel.TRADITIONAL_PATRONAGE);
        assertThat(form.quantity.isEnabled()).isFalse();
        test(form.publish).click();

        var need = (NeedView) getCurrentView();
        var text = need.recommendations.items.getElement().getTextRecursively();
        assertThat(text).contains("Jouets de la Saône", "même commune", "thème commun : Enfance et famille",
                "vous visez « Mécénat » ; ce besoin relève de « Mécénat traditionnel »");
    }

    @Test
    void aCompanySaysItIsInterestedAndTheAssociationAcceptsWithAModel() {
        var association = members.newAssociation("Vélo-école de Bron", "69029");
        TestOrganizations.signIn(association, "ASSOCIATION");
        var need = matching.publish(null, new NeedForm("Des vélos d'occasion", "Pour apprendre à rouler.", Set.of(Theme.MOBILITY),
                Contribution.GOODS, Set.of(CooperationModel.TRADITIONAL_PATRONAGE, CooperationModel.ACTIVE_ENGAGEMENT), "69029",
                Reach.DEPARTMENT, null, null, null));

        TestOrganizations.signIn(members.newCompany("Cycles Bron", "69029"), "COMPANY");
        var view = navigate(NeedView.class, need.id().toString());
        test(view.message).setValue("Nous reprenons des vélos chaque mois.");
        test(view.interested).click();
        assertThat(view.interested.isEnabled()).isFalse();

        TestOrganizations.signIn(association, "ASSOCIATION");
        var interests = navigate(InterestsView.class);
        assertThat(test(interests.interests).size()).isEqualTo(1);
        var received = matching.interestsReceived().getFirst();
        interests.openAccept(received);
        var dialog = find(com.vaadin.flow.component.dialog.Dialog.class).single();
        var confirm = find(com.vaadin.flow.component.button.Button.class, dialog).withText("Accepter").single();
        test(confirm).click();
        assertThat(interests.model.getErrorMessage()).isEqualTo("Choisissez le modèle de coopération parmi ceux du besoin.");
        test(interests.model).selectItem("Engagement actif");
        test(confirm).click();
        assertThat(matching.interestsReceived().getFirst().status()).isEqualTo(Interest.InterestStatus.ACCEPTED);
        assertThat(matching.interestsReceived().getFirst().chosenModel()).isEqualTo(CooperationModel.ACTIVE_ENGAGEMENT);
    }

    @Test
    void anotherAssociationsDraftOpenedByItsIdShowsNothingOfIt() {
        TestOrganizations.signIn(members.newAssociation("Chorale de Vaulx", "69256"), "ASSOCIATION");
        var draft = matching.saveDraft(null, new NeedForm("Une salle de répétition", null, Set.of(), null, Set.of(), null, null, null, null, null));

        TestOrganizations.signIn(members.newAssociation("Fanfare de Vaulx", "69256"), "ASSOCIATION");
        var view = navigate(NeedView.class, draft.id().toString());
        assertThat(view.notFound.getText()).isEqualTo("Ce besoin n'existe pas ou n'est plus publié.");
        assertThat(navigate(NeedFormView.class, draft.id().toString()).title.getValue()).isEmpty();
    }

    @Test
    void theProfileIsPrefilledAndARefusedSaveShowsAtTheFields() {
        TestOrganizations.signIn(members.newCompany("Traiteur Croix-Rousse", "69384"), "COMPANY");
        var profile = navigate(ProfileView.class);
        assertThat(profile.communes.getValue()).extracting(commune -> commune.code()).containsExactly("69384");
        assertThat(profile.identity.getText()).startsWith("Secteur : ").contains("taille : ");
        test(profile.save).click();
        assertThat(profile.themes.getErrorMessage()).isEqualTo("Choisissez au moins un thème qui vous tient à cœur.");
        assertThat(profile.contributions.getErrorMessage()).isEqualTo("Choisissez au moins une contribution que vous pouvez apporter.");

        profile.themes.setValue(Set.of(Theme.FOOD));
        test(profile.contributions).selectItem("Soutien financier");
        profile.capacities.get(Contribution.MONEY).setValue(5000);
        test(profile.targets).selectItem("Mécénat");
        test(profile.save).click();
        assertThat(matching.myProfile().contributions()).containsEntry(Contribution.MONEY, 5000);
    }
}
