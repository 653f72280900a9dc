package org.alliances.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.alliances.diagnosis.DiagnosisCompleted;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.TestOrganizations;
import org.alliances.partnerships.Origin;
import org.alliances.partnerships.PartnershipClosed;
import org.alliances.partnerships.PartnershipStarted;
import org.alliances.partnerships.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Curation, proposals, CSV import, recommendations and case studies from closed partnerships, on PostgreSQL. */
@ModuleIntegrationTest
@Import(org.alliances.resources.internal.LibraryListenersAccess.class)
class LibraryTests {

    @Autowired LibraryService library;
    @Autowired CurationService curation;
    @Autowired TestOrganizations members;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;
    @Autowired org.alliances.resources.internal.LibraryListenersAccess listeners;

    @AfterEach
    void reset() {
        TestOrganizations.signOut();
        clock.reset();
    }

    static ResourceForm guide(String title) {
        return new ResourceForm(ResourceType.GUIDE, Purpose.ACT, title, "Un résumé de " + title, "", null, null, 2024, null,
                "https://exemple.fr/guide", Set.of(OrganizationType.ASSOCIATION, OrganizationType.COMPANY), Set.of(Category.PATRONAGE),
                Set.of(CooperationModel.ACTIVE_ENGAGEMENT), Set.of(), null, null, null, null, null, null, null);
    }

    <T> T asAdmin(java.util.function.Supplier<T> action) {
        var result = new AtomicReference<T>();
        TestOrganizations.asAdmin(() -> result.set(action.get()));
        return result.get();
    }

    @Test
    void onlyPublishedResourcesAreSeenByMembersAndTheReviewDateListShowsThoseDue() {
        members.ensureExist();
        var draft = asAdmin(() -> curation.create(guide("Guide brouillon du pélican")));
        var published = asAdmin(() -> curation.publish(curation.create(guide("Guide publié du pélican")).id()));
        var archived = asAdmin(() -> curation.archive(curation.publish(curation.create(guide("Guide archivé du pélican")).id()).id()));
        var due = asAdmin(() -> {
            var form = guide("Guide à revoir du pélican");
            var created = curation.create(new ResourceForm(form.type(), form.purpose(), form.title(), form.summary(), form.body(), null, null,
                    2024, null, null, form.audiences(), form.categories(), form.models(), form.themes(), null, null, null, null, null, null,
                    LocalDate.now(clock).plusDays(10)));
            return curation.publish(created.id());
        });
        TestOrganizations.signIn(TestOrganizations.COMPANY, "COMPANY");
        assertThat(library.search(SearchQuery.of("pélican"), 0).hits()).extracting(SearchResult.Hit::id)
                .containsExactlyInAnyOrder(published.id(), due.id());
        assertThat(library.resource(draft.id())).isEmpty();
        assertThat(library.resource(archived.id())).isEmpty();
        assertThat(library.resource(published.id())).isPresent();
        assertThatThrownBy(() -> curation.publish(draft.id())).isInstanceOf(AccessDeniedException.class);

        assertThat(asAdmin(() -> curation.reviewDue())).extracting(Resource::id).doesNotContain(due.id());
        clock.advance(java.time.Duration.ofDays(11));
        assertThat(asAdmin(() -> curation.reviewDue())).extracting(Resource::id).contains(due.id());
    }

    @Test
    void aFormWithProblemsIsRefusedFieldByFieldAndNothingIsSaved() {
        long before = jdbc.queryForObject("select count(*) from resources_resource", Long.class);
        var wrong = new ResourceForm(ResourceType.CASE_STUDY, null, " ", "", null, null, null, 1850, null, "pas un lien", Set.of(),
                Set.of(), Set.of(), Set.of(), null, null, LocalDate.of(2024, 5, 1), LocalDate.of(2024, 1, 1), null, null, null);
        assertThatThrownBy(() -> asAdmin(() -> curation.create(wrong))).isInstanceOfSatisfying(InvalidInputException.class, problems ->
                assertThat(problems.problems()).containsEntry("purpose", "resources.form.purpose.required")
                        .containsEntry("title", "resources.form.title.required").containsEntry("summary", "resources.form.summary.required")
                        .containsEntry("year", "resources.form.year.range").containsEntry("url", "resources.form.url.invalid")
                        .containsEntry("audiences", "resources.form.audiences.required")
                        .containsEntry("commune", "resources.form.commune.required").containsEntry("models", "resources.form.models.required")
                        .containsEntry("endedOn", "resources.form.ended.before-start"));
        assertThat(jdbc.queryForObject("select count(*) from resources_resource", Long.class)).isEqualTo(before);
    }

    @Test
    void aMemberProposesAndOnlyItsOrganisationAndTheCuratorsSeeTheProposal() {
        var proposer = members.newAssociation("Ressourcerie de Gerland", "69387");
        var other = members.newCompany("Curieux de Gerland", "69387");
        TestOrganizations.signIn(proposer, "ASSOCIATION");
        var proposal = library.propose(guide("Notre fiche sur le réemploi des meubles"));
        assertThat(proposal.status()).isEqualTo(ResourceStatus.IN_REVIEW);
        assertThat(library.resource(proposal.id())).isPresent();
        assertThat(library.myProposals()).extracting(Resource::id).contains(proposal.id());
        TestOrganizations.signIn(other, "COMPANY");
        assertThat(library.resource(proposal.id())).isEmpty();
        assertThat(library.search(SearchQuery.of("réemploi meubles fiche"), 0).hits()).extracting(SearchResult.Hit::id).doesNotContain(proposal.id());
        assertThat(asAdmin(() -> curation.inStatus(ResourceStatus.IN_REVIEW, 0).getContent())).extracting(Resource::id).contains(proposal.id());
        asAdmin(() -> curation.publish(proposal.id()));
        TestOrganizations.signIn(other, "COMPANY");
        assertThat(library.search(SearchQuery.of("réemploi meubles fiche"), 0).hits()).extracting(SearchResult.Hit::id).contains(proposal.id());
    }

    static final String HEADER = "type;purpose;title;summary;audiences;categories;models;commune;year\n";

    @Test
    void aValidCsvFileIsImportedWithAccentsInUtf8WithABomAndInLatin1() {
        var rows = "GUIDE;INFORM;Guide « éléphant » du mécénat;Résumé accentué : été, Noël;ASSOCIATION|COMPANY;PATRONAGE;TRADITIONAL_PATRONAGE;;2019\n"
                + "CASE_STUDY;ACT;\"Étude de cas éléphant; avec point-virgule\";\"Sur deux\nlignes\";COMPANY;RESPONSIBLE_PRACTICES;SERVICE_PROVISION;69123;2021\n";
        var bom = new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        var utf8WithBom = concat(bom, (HEADER + rows).getBytes(StandardCharsets.UTF_8));
        var preview = asAdmin(() -> curation.preview(utf8WithBom));
        assertThat(preview.problems()).isEmpty();
        assertThat(preview.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(preview.rows()).extracting(ResourceForm::title).containsExactly("Guide « éléphant » du mécénat",
                "Étude de cas éléphant; avec point-virgule");
        assertThat(preview.rows().get(1).summary()).isEqualTo("Sur deux\nlignes");

        var latin1 = (HEADER + rows.replace("éléphant", "hippopotame")).getBytes(Charset.forName("windows-1252"));
        var latinPreview = asAdmin(() -> curation.preview(latin1));
        assertThat(latinPreview.encoding()).isEqualTo("Latin-1");
        assertThat(latinPreview.rows().getFirst().summary()).isEqualTo("Résumé accentué : été, Noël");

        var progress = new ArrayList<Integer>();
        int imported = asAdmin(() -> curation.importFile(utf8WithBom, true, progress::add));
        assertThat(imported).isEqualTo(2);
        assertThat(progress).containsExactly(2);
        members.ensureExist();
        TestOrganizations.signIn(TestOrganizations.ASSOCIATION, "ASSOCIATION");
        assertThat(library.search(SearchQuery.of("éléphants"), 0).total()).isEqualTo(2);
        assertThat(library.search(SearchQuery.of("elephant").with(Facet.DEPARTMENT, "69"), 0).total()).isEqualTo(1);
    }

    @Test
    void aFileWithAProblemIsRefusedRowByRowAndImportsNothing() {
        long before = jdbc.queryForObject("select count(*) from resources_resource", Long.class);
        var file = (HEADER
                + "GUIDE;INFORM;Un bon guide;Un résumé;ASSOCIATION;PATRONAGE;;;2020\n"
                + "BROCHURE;INFORM;Type inconnu;Un résumé;ASSOCIATION;;;;2020\n"
                + "GUIDE;INFORM;;Pas de titre;ASSOCIATION;;;;deux-mille\n"
                + "CASE_STUDY;ACT;Étude sans commune;Un résumé;COMPANY;;;;2020\n").getBytes(StandardCharsets.UTF_8);
        var preview = asAdmin(() -> curation.preview(file));
        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.problems()).extracting(problem -> problem.row() + ":" + problem.column() + ":" + problem.messageKey())
                .contains("3:type:resources.import.code.unknown", "4:title:resources.form.title.required", "4:year:resources.import.year.invalid",
                        "5:commune:resources.form.commune.required", "5:models:resources.form.models.required")
                .noneMatch(line -> line.startsWith("2:"));
        assertThatThrownBy(() -> asAdmin(() -> curation.importFile(file, true, count -> { })))
                .isInstanceOfSatisfying(InvalidInputException.class, problems ->
                        assertThat(problems.problems()).containsEntry("file", "resources.import.rejected"));
        assertThat(jdbc.queryForObject("select count(*) from resources_resource", Long.class)).isEqualTo(before);
        assertThat(asAdmin(() -> curation.preview((" ;x\n").getBytes(StandardCharsets.UTF_8))).problems())
                .extracting(ImportPreview.RowProblem::messageKey).contains("resources.import.column.unknown", "resources.import.column.missing");
    }

    @Test
    void thePreviewFindsEveryTextTheDatabaseWouldRefuseAndTheImportSavesNothing() {
        long before = jdbc.queryForObject("select count(*) from resources_resource", Long.class);
        var file = ("type;purpose;title;summary;audiences;source;body;partner_types\n"
                + "GUIDE;INFORM;Un bon guide;Un résumé;ASSOCIATION;Une source;Un corps;\n"
                + "GUIDE;INFORM;Source trop longue;Un résumé;ASSOCIATION;" + "s".repeat(400) + ";;\n"
                + "GUIDE;INFORM;Titre\u0000nul;Un résumé;ASSOCIATION;;;\n"
                + "GUIDE;INFORM;\"Titre sur\ndeux lignes\";Un résumé\u001b;ASSOCIATION;;" + "b".repeat(50_001) + ";" + "p".repeat(201) + "\n")
                .getBytes(StandardCharsets.UTF_8);
        var preview = asAdmin(() -> curation.preview(file));
        assertThat(preview.acceptable()).isFalse();
        assertThat(preview.problems()).extracting(problem -> problem.row() + ":" + problem.column() + ":" + problem.messageKey())
                .containsExactlyInAnyOrder("3:source:text.too-long", "4:title:text.control-characters", "5:title:text.control-characters",
                        "5:summary:text.control-characters.multiline", "5:body:text.too-long", "5:partner_types:text.too-long");
        assertThat(preview.problems()).filteredOn(problem -> problem.column().equals("source"))
                .extracting(ImportPreview.RowProblem::arguments).containsExactly(List.of(300));
        assertThatThrownBy(() -> asAdmin(() -> curation.importFile(file, true, count -> { })))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from resources_resource", Long.class)).isEqualTo(before);
    }

    @Test
    void aFiveThousandRowFileIsImportedWhole() {
        var file = new StringBuilder("type,purpose,title,summary,audiences,themes\n");
        for (int i = 1; i <= 5000; i++) {
            file.append("PRACTICAL_SHEET,ACT,Fiche outil numéro ").append(i).append(" du colibri,Une fiche pratique sur le colibri numéro ")
                    .append(i).append(",ASSOCIATION|LOCAL_AUTHORITY,ENVIRONMENT\n");
        }
        var progress = new ArrayList<Integer>();
        int imported = asAdmin(() -> curation.importFile(file.toString().getBytes(StandardCharsets.UTF_8), false, progress::add));
        assertThat(imported).isEqualTo(5000);
        assertThat(progress).hasSize(50).endsWith(5000);
        assertThat(jdbc.queryForObject("select count(*) from resources_resource where status = 'DRAFT' and title like 'Fiche outil numéro % du colibri'",
                Long.class)).isEqualTo(5000);
    }

    @Test
    void recommendationsFollowTheDiagnosisAndThePartnershipsAndSayWhy() {
        var email = members.newCompany("Brasserie de Vaise", "69389");
        var company = members.organizationOf(email);
        var association = members.organizationOf(members.newAssociation("Chorale de Vaise", "69389"));
        var forPartnership = asAdmin(() -> curation.publish(curation.create(new ResourceForm(ResourceType.GUIDE, Purpose.ACT,
                "Réussir un engagement actif des salariés", "Un guide", "", null, null, 2023, null, null, Set.of(OrganizationType.COMPANY),
                Set.of(Category.PATRONAGE), Set.of(CooperationModel.ACTIVE_ENGAGEMENT), Set.of(), null, null, null, null, null, null, null)).id()));
        var forCategory = asAdmin(() -> curation.publish(curation.create(new ResourceForm(ResourceType.STUDY, Purpose.ACT,
                "Comprendre la coopération économique", "Une étude", "", null, null, 2023, null, null, Set.of(OrganizationType.COMPANY),
                Set.of(Category.ECONOMIC_COOPERATION), Set.of(), Set.of(), null, null, null, null, null, null, null)).id()));
        TestOrganizations.signIn(email, "COMPANY");
        assertThat(library.knowsMe()).isFalse();

        listeners.deliver(new DiagnosisCompleted(UUID.randomUUID(), company, OrganizationType.COMPANY, MaturityLevel.STRUCTURED,
                List.of(Category.ECONOMIC_COOPERATION, Category.SOCIETAL_INNOVATION, Category.PATRONAGE, Category.RESPONSIBLE_PRACTICES),
                List.of(CooperationModel.JOINT_OFFER), List.of(), "test", Instant.parse("2026-11-01T10:00:00Z")));
        listeners.deliver(new PartnershipStarted(UUID.randomUUID(), Origin.MATCH, association, company, null, UUID.randomUUID(),
                CooperationModel.ACTIVE_ENGAGEMENT, Stage.EMERGENCE, "69389", LocalDate.now()));

        var recommended = library.forMe();
        assertThat(recommended).extracting(recommendation -> recommendation.resource().id()).contains(forPartnership.id(), forCategory.id());
        var partnershipOne = recommended.stream().filter(one -> one.resource().id().equals(forPartnership.id())).findFirst().orElseThrow();
        assertThat(partnershipOne.reasons()).extracting(Recommendation.Reason::messageKey)
                .contains("resources.reason.partnership", "resources.reason.audience.COMPANY");
        var categoryOne = recommended.stream().filter(one -> one.resource().id().equals(forCategory.id())).findFirst().orElseThrow();
        assertThat(categoryOne.reasons()).extracting(Recommendation.Reason::messageKey).contains("resources.reason.category");
    }

    @Test
    void aClosedPartnershipBothAgreedToShareBecomesOneDraftCaseStudyEvenWhenTheEventComesTwice() {
        var partnership = UUID.randomUUID();
        var closed = new PartnershipClosed(partnership, UUID.randomUUID(), UUID.randomUUID(),
                List.of(CooperationModel.TRADITIONAL_PATRONAGE, CooperationModel.ACTIVE_ENGAGEMENT), "69384", LocalDate.of(2025, 3, 1),
                LocalDate.of(2026, 11, 20), true, true, 5, 4, true, new BigDecimal("2500"), new BigDecimal("48"), new BigDecimal("1800"));
        listeners.deliver(closed);
        listeners.deliver(closed);
        var drafts = jdbc.queryForList("select id from resources_resource where partnership_id = ?", UUID.class, partnership);
        assertThat(drafts).hasSize(1);
        var draft = asAdmin(() -> library.resource(drafts.getFirst()).orElseThrow());
        assertThat(draft.status()).isEqualTo(ResourceStatus.IN_REVIEW);
        assertThat(draft.type()).isEqualTo(ResourceType.CASE_STUDY);
        assertThat(draft.title()).isEqualTo("Étude de cas : Engagement actif à Lyon 4e Arrondissement");
        assertThat(draft.body()).contains("2500 €", "48 heures", "Mécénat traditionnel → Engagement actif");
        assertThat(draft.departmentCode()).isEqualTo("69");

        var notShared = new PartnershipClosed(UUID.randomUUID(), UUID.randomUUID(), UUID.randomUUID(), List.of(CooperationModel.JOINT_OFFER),
                "69384", LocalDate.of(2025, 3, 1), LocalDate.of(2026, 11, 20), true, true, 5, 4, false, BigDecimal.ZERO, BigDecimal.ZERO,
                BigDecimal.ZERO);
        listeners.deliver(notShared);
        assertThat(jdbc.queryForObject("select count(*) from resources_resource where partnership_id = ?", Long.class,
                notShared.partnershipId())).isZero();
    }

    private static byte[] concat(byte[] one, byte[] other) {
        var result = new byte[one.length + other.length];
        System.arraycopy(one, 0, result, 0, one.length);
        System.arraycopy(other, 0, result, one.length, other.length);
        return result;
    }
}
