package org.alliances.resources.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.TestOrganizations;
import org.alliances.resources.CurationService;
import org.alliances.resources.Facet;
import org.alliances.resources.LibraryService;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceForm;
import org.alliances.resources.ResourceStatus;
import org.alliances.resources.ResourceType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The library's screens as members and curators use them, browserless. */
@ModuleIntegrationTest
class LibraryViewTests extends SpringBrowserlessTest {

    static final UUID MOOC = UUID.fromString("3f6c1a52-0b8e-4a51-9d0e-2c1d7a000007");

    @Autowired TestOrganizations members;
    @Autowired LibraryService library;
    @Autowired CurationService curation;
    @Autowired org.alliances.kernel.Territories territories;

    @AfterEach
    void signOut() {
        TestOrganizations.signOut();
    }

    private String text(com.vaadin.flow.component.Component component) {
        return component.getElement().getTextRecursively();
    }

    private void member() {
        members.ensureExist();
        TestOrganizations.signIn(TestOrganizations.ASSOCIATION, "ASSOCIATION");
    }

    @Test
    void aMemberSearchesInFrenchNarrowsByAFacetAndSeesTheWordsMarked() {
        member();
        var view = navigate(LibraryView.class);
        assertThat(view.current().total()).isGreaterThanOrEqualTo(12);
        test(view.words).setValue("MOOC partenariats qui changent");
        test(view.search).click();
        assertThat(view.current().hits()).extracting(hit -> hit.id()).contains(MOOC);
        assertThat(view.results.getElement().toString()).contains("<mark>partenariats</mark>");
        assertThat(text(view.summary)).isEqualTo(view.current().total() == 1 ? "1 ressource" : view.current().total() + " ressources");

        test(view.words).setValue("guide");
        test(view.search).click();
        var before = view.current().total();
        var types = view.facets.get(Facet.TYPE);
        assertThat(types.getListDataView().getItems().toList()).contains("GUIDE");
        types.setValue(Set.of("GUIDE"));
        view.run(0);
        assertThat(view.current().hits()).allMatch(hit -> hit.type() == ResourceType.GUIDE);
        assertThat(view.current().total()).isLessThanOrEqualTo(before);

        test(view.words).setValue("zzzz introuvable");
        test(view.search).click();
        assertThat(text(view.results)).contains("Aucune ressource ne correspond");
    }

    @Test
    void aResourcePageShowsItsSourceItsLinkAndRelatedResourcesAndAnUnpublishedOneIsNotFound() {
        member();
        var page = navigate(ResourceView.class, MOOC.toString());
        assertThat(page.title.getText()).isEqualTo("Les partenariats qui changent le monde — MOOC ESSEC – Le RAMEAU");
        assertThat(text(page.details)).contains("MOOC · Se former", "Auteurs : ESSEC Business School, Le RAMEAU", "Ouvrir la ressource");
        assertThat(text(page.related)).contains("Ressources liées");
        assertThat(page.curation.getChildren().count()).isZero();

        var draft = new java.util.concurrent.atomic.AtomicReference<UUID>();
        TestOrganizations.asAdmin(() -> draft.set(curation.create(new ResourceForm(ResourceType.GUIDE, Purpose.INFORM, "Brouillon secret",
                "Pas encore", "", null, null, null, null, null, Set.of(OrganizationType.ASSOCIATION), Set.of(), Set.of(), Set.of(), null,
                null, null, null, null, null, null)).id()));
        navigate(ResourceView.class, draft.get().toString());
        assertThat(text(getCurrentView().getElement().getComponent().orElseThrow())).contains("Ressource introuvable").doesNotContain("Brouillon secret");
        navigate(ResourceView.class, "pas-un-id");
        assertThat(text(getCurrentView().getElement().getComponent().orElseThrow())).contains("Ressource introuvable");
    }

    @Test
    void aMemberProposesACaseStudyEveryProblemShownAtItsFieldThenItWaitsForReview() {
        TestOrganizations.signIn(members.newAssociation("Repair Café de Vénissieux", "69259"), "ASSOCIATION");
        var form = navigate(ResourceFormView.class);
        assertThat(form.heading.getText()).isEqualTo("Proposer une ressource ou une étude de cas");
        test(form.type).selectItem("Étude de cas");
        assertThat(form.caseStudy.isVisible()).isTrue();
        test(form.url).setValue("pas un lien");
        test(form.save).click();
        assertThat(form.purpose.getErrorMessage()).isEqualTo("Dites si la ressource sert à s'informer, se former ou agir.");
        assertThat(form.title.getErrorMessage()).isEqualTo("Donnez un titre.");
        assertThat(form.url.getErrorMessage()).isEqualTo("Le lien doit être une adresse web complète (https://…).");
        assertThat(form.commune.getErrorMessage()).isEqualTo("Une étude de cas a lieu dans une commune : choisissez-la.");
        assertThat(form.models.getErrorMessage()).isEqualTo("Choisissez le modèle de coopération de l'étude de cas.");
        assertThat(form.url.getValue()).isEqualTo("pas un lien");

        test(form.purpose).selectItem("Agir");
        test(form.title).setValue("Un repair café avec une entreprise de vélos");
        test(form.summary).setValue("Des salariés bénévoles réparent avec les habitants.");
        test(form.url).setValue("https://exemple.fr/repair");
        form.audiences.setValue(Set.of(OrganizationType.ASSOCIATION));
        form.models.setValue(Set.of(CooperationModel.ACTIVE_ENGAGEMENT));
        form.commune.selectCode("69259", territories);
        test(form.save).click();
        assertThat(library.myProposals()).extracting(resource -> resource.title()).contains("Un repair café avec une entreprise de vélos");
        assertThat(library.myProposals().getFirst().status()).isEqualTo(ResourceStatus.IN_REVIEW);
    }

    @Test
    void aCuratorReadsTheQueuePublishesAndArchivesAfterConfirming() {
        var proposal = new java.util.concurrent.atomic.AtomicReference<UUID>();
        TestOrganizations.signIn(members.newCompany("Imprimerie de Bron", "69029"), "COMPANY");
        proposal.set(library.propose(new ResourceForm(ResourceType.PRACTICAL_SHEET, Purpose.ACT, "Fiche : imprimer avec une ESAT",
                "Comment travailler avec un établissement d'aide par le travail.", "", null, null, 2025, null, null,
                Set.of(OrganizationType.COMPANY), Set.of(Category.RESPONSIBLE_PRACTICES), Set.of(), Set.of(), null, null, null, null, null,
                null, null)).id());
        TestOrganizations.signIn(TestOrganizations.ADMIN, "ADMIN");
        var curation = navigate(CurationView.class);
        assertThat(curation.queue.getListDataView().getItems().map(resource -> resource.id()).toList()).contains(proposal.get());

        var page = navigate(ResourceView.class, proposal.get().toString());
        test(find(Button.class).withText("Publier").single()).click();
        assertThat(library.resource(proposal.get()).orElseThrow().status()).isEqualTo(ResourceStatus.PUBLISHED);
        test(find(Button.class).withText("Archiver").single()).click();
        roundTrip();
        var dialog = find(Dialog.class).single();
        test(find(Button.class, dialog).withText("Archiver").single()).click();
        assertThat(library.resource(proposal.get()).orElseThrow().status()).isEqualTo(ResourceStatus.ARCHIVED);
        assertThat(text(page.details)).contains("Archivée");
    }

    @Test
    void theImportShowsEveryProblemOfAFileAndImportsAGoodOneWithItsProgress() {
        TestOrganizations.signIn(TestOrganizations.ADMIN, "ADMIN");
        var view = navigate(ImportView.class);
        view.show("type;purpose;title;summary;audiences\nBROCHURE;INFORM;Titre;Résumé;ASSOCIATION\n".getBytes(StandardCharsets.UTF_8));
        assertThat(view.status.getText()).startsWith("Fichier refusé (UTF-8) : 1 problème");
        assertThat(view.problems.isVisible()).isTrue();
        assertThat(view.importButton.isEnabled()).isFalse();

        view.show("type;purpose;title;summary;audiences\nGUIDE;INFORM;Guide du castor;Résumé du castor;ASSOCIATION\nSTUDY;INFORM;Étude du castor;Résumé;COMPANY\n"
                .getBytes(StandardCharsets.UTF_8));
        assertThat(view.status.getText()).isEqualTo("Fichier lu (UTF-8) : 2 lignes prêtes à importer.");
        assertThat(view.importButton.isEnabled()).isTrue();
        test(view.importButton).click();
        assertThat(view.progress.isVisible()).isTrue();
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> view.running.isDone());
        var session = com.vaadin.flow.server.VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();
        assertThat(view.status.getText()).isEqualTo("2 ressources importées.");
        assertThat(view.progress.isVisible()).isFalse();
    }

    @Test
    void forYouInvitesToTheDiagnosisAndCaseStudiesAreCountedByDepartement() {
        TestOrganizations.signIn(members.newAssociation("Théâtre de Saint-Fons", "69199"), "ASSOCIATION");
        var forYou = navigate(ForYouView.class);
        assertThat(text(forYou.recommendations)).contains("Faites votre diagnostic", "Faire mon diagnostic");

        TestOrganizations.asAdmin(() -> curation.publish(curation.create(new ResourceForm(ResourceType.CASE_STUDY, Purpose.ACT,
                "Un chantier d'insertion avec une entreprise du BTP", "Des jeunes formés sur un vrai chantier.", "", null, null, 2024, null,
                null, Set.of(OrganizationType.ASSOCIATION), Set.of(Category.ECONOMIC_COOPERATION), Set.of(CooperationModel.JOINT_OFFER),
                Set.of(), "38185", "Association et PME", null, null, "12 jeunes en emploi", "Des recrutements réussis", null)).id()));
        var cases = navigate(CaseStudiesView.class);
        assertThat(cases.departments.getListDataView().getItems().map(entry -> entry.getKey()).toList()).contains("38");
        assertThat(text(cases.cases)).contains("Un chantier d'insertion avec une entreprise du BTP");
    }
}
