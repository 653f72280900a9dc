package org.alliances.moderation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;

import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.kernel.ContentKind;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.ReportReason;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.SignIn;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.Need;
import org.alliances.matching.NeedForm;
import org.alliances.matching.Reach;
import org.alliances.resources.CurationService;
import org.alliances.resources.LibraryService;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceForm;
import org.alliances.resources.ResourceType;
import org.alliances.resources.SearchQuery;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Reports counted once per organisation, a content hidden after three organisations until an admin decides, hidden
 * from everyone but its author and the admins (by its page and by the services), the author told why and asking for a
 * review, the admin restoring it; bad reports refused with nothing saved.
 */
@SpringBootTest
@Import(TestSupport.class)
class ModerationTests {

    @Autowired Moderation moderation;
    @Autowired TestMembers members;
    @Autowired MatchingService matching;
    @Autowired LibraryService library;
    @Autowired CurationService curation;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aNeedReportedByThreeOrganisationsIsHiddenUntilAnAdminDecidesAndItsAuthorAsksForAReview() {
        var author = members.newAssociation("Association signalée", "69123");
        SignIn.as(author, "ASSOCIATION");
        var need = publishedNeed("Vente de montres de luxe à prix cassés");
        var first = members.newCompany("Première entreprise qui signale", "69123");
        var reader = members.newCompany("Entreprise qui lit", "69123");

        SignIn.as(first, "COMPANY");
        moderation.report(ContentKind.NEED, need.id(), ReportReason.SPAM, "De la publicité.");
        moderation.report(ContentKind.NEED, need.id(), ReportReason.OFFENSIVE, null);
        assertThat(reports(need.id())).as("the same organisation twice counts once").isEqualTo(1);
        assertThat(matching.need(need.id())).isPresent();
        for (var name : new String[] {"Deuxième entreprise qui signale", "Troisième entreprise qui signale"}) {
            SignIn.as(members.newCompany(name, "69123"), "COMPANY");
            moderation.report(ContentKind.NEED, need.id(), ReportReason.SPAM, null);
        }

        SignIn.as(reader, "COMPANY");
        assertThat(matching.need(need.id())).as("a suspended need, by its page").isEmpty();
        assertThatThrownBy(() -> matching.expressInterest(need.id(), "Intéressés")).isInstanceOf(InvalidInputException.class);
        SignIn.as(author, "ASSOCIATION");
        assertThat(matching.need(need.id())).as("its author still reads it").isPresent();
        assertThat(moderation.myHiddenContents()).singleElement().satisfies(hidden ->
                assertThat(hidden.status()).isEqualTo(Moderation.CaseStatus.SUSPENDED));
        assertThat(notifications(author, "notification.moderation.suspended.author")).isEqualTo(1);

        var decided = new AtomicReference<UUID>();
        SignIn.asAdmin(() -> {
            var waiting = moderation.queue();
            var found = waiting.stream().filter(c -> c.contentId().equals(need.id())).findFirst().orElseThrow();
            assertThat(waiting.getFirst().status()).as("suspended contents first").isEqualTo(Moderation.CaseStatus.SUSPENDED);
            assertThat(found.reports()).hasSize(3).extracting(ModerationCase.Report::reason)
                    .containsExactly(ReportReason.SPAM, ReportReason.SPAM, ReportReason.SPAM);
            assertThat(found.title()).isEqualTo("Vente de montres de luxe à prix cassés");
            assertThatThrownBy(() -> moderation.hide(found.id(), null, null)).isInstanceOfSatisfying(InvalidInputException.class,
                    refused -> assertThat(refused.problems()).containsEntry("reason", "moderation.decision.reason.required"));
            moderation.hide(found.id(), ReportReason.SPAM, "Ce n'est pas un besoin d'association.");
            decided.set(found.id());
        });
        assertThat(notifications(author, "notification.moderation.hidden")).isEqualTo(1);

        SignIn.as(author, "ASSOCIATION");
        var hidden = moderation.myHiddenContents().getFirst();
        assertThat(hidden.hiddenReason()).isEqualTo(ReportReason.SPAM);
        assertThat(hidden.decisionNote()).isEqualTo("Ce n'est pas un besoin d'association.");
        moderation.askReview(decided.get(), "Nous avons réécrit le besoin.");
        assertThatThrownBy(() -> moderation.askReview(decided.get(), "Encore")).isInstanceOf(InvalidInputException.class);

        SignIn.asAdmin(() -> {
            var review = moderation.queue().stream().filter(c -> c.id().equals(decided.get())).findFirst().orElseThrow();
            assertThat(review.reviewMessage()).isEqualTo("Nous avons réécrit le besoin.");
            moderation.restore(decided.get());
        });
        SignIn.as(reader, "COMPANY");
        assertThat(matching.need(need.id())).as("restored").isPresent();
        assertThat(notifications(author, "notification.moderation.restored")).isEqualTo(1);
    }

    @Test
    void badReportsAreRefusedAndChangeNothing() {
        var author = members.newAssociation("Association qui se signale", "69123");
        SignIn.as(author, "ASSOCIATION");
        var need = publishedNeed("Un besoin ordinaire");
        var before = jdbc.queryForObject("select count(*) from moderation_report", Integer.class);
        assertThatThrownBy(() -> moderation.report(ContentKind.NEED, need.id(), ReportReason.SPAM, null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).containsEntry("reason", "moderation.report.own"));

        SignIn.as(members.newCompany("Entreprise pressée de signaler", "69123"), "COMPANY");
        assertThatThrownBy(() -> moderation.report(ContentKind.NEED, need.id(), null, "x"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).containsKey("reason"));
        assertThatThrownBy(() -> moderation.report(ContentKind.NEED, need.id(), ReportReason.OTHER, "x".repeat(1001)))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).containsKey("comment"));
        assertThatThrownBy(() -> moderation.report(ContentKind.NEED, need.id(), ReportReason.OTHER, "nul\u0000"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems()).containsKey("comment"));
        assertThatThrownBy(() -> moderation.report(ContentKind.NEED, UUID.randomUUID(), ReportReason.OTHER, null))
                .isInstanceOfSatisfying(InvalidInputException.class, refused -> assertThat(refused.problems())
                        .containsEntry("reason", "moderation.report.unknown"));
        assertThat(jdbc.queryForObject("select count(*) from moderation_report", Integer.class)).isEqualTo(before);
    }

    @Test
    void aHiddenResourceLeavesTheLibraryForMembersButNotForCurators() {
        var title = "Guide douteux " + UUID.randomUUID().toString().substring(0, 8);
        var published = new AtomicReference<UUID>();
        SignIn.asAdmin(() -> {
            var created = curation.create(new ResourceForm(ResourceType.GUIDE, Purpose.INFORM, title, "Un résumé", "", null, null, null, null,
                    null, Set.of(OrganizationType.ASSOCIATION), Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, null));
            curation.publish(created.id());
            published.set(created.id());
        });
        var reporters = new String[] {"Association A qui lit", "Association B qui lit", "Association C qui lit"};
        for (var name : reporters) {
            SignIn.as(members.newAssociation(name, "69123"), "ASSOCIATION");
            moderation.report(ContentKind.RESOURCE, published.get(), ReportReason.OFF_TOPIC, null);
        }
        SignIn.as(members.newAssociation("Association D qui cherche", "69123"), "ASSOCIATION");
        assertThat(library.resource(published.get())).isEmpty();
        assertThat(library.search(SearchQuery.of(title), 0).hits()).isEmpty();
        SignIn.asAdmin(() -> assertThat(library.resource(published.get())).isPresent());
    }

    private Need publishedNeed(String title) {
        return matching.publish(null, new NeedForm(title, "Pour tester la modération.", Set.of(Theme.CITIZENSHIP), Contribution.GOODS,
                Set.of(CooperationModel.TRADITIONAL_PATRONAGE), "69123", Reach.DEPARTMENT, null, null, null));
    }

    private int reports(UUID content) {
        return jdbc.queryForObject("select count(*) from moderation_report r join moderation_case c on c.id = r.case_id where c.content_id = ?",
                Integer.class, content);
    }

    private int notifications(String email, String key) {
        return jdbc.queryForObject("select count(*) from notifications_notification where message_key = ? and account_id = "
                + "(select id from accounts_user where email = ?)", Integer.class, key, email);
    }
}
