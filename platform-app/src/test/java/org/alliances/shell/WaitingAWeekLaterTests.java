package org.alliances.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.CurrentMember;
import org.alliances.diagnosis.DiagnosisAnswers;
import org.alliances.diagnosis.DiagnosisService;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.kernel.WhatWaits;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.SignIn;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.alliances.matching.Reach;
import org.alliances.observatory.ObservatoryService;
import org.alliances.partnerships.Declaration;
import org.alliances.partnerships.Outcome;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.alliances.resources.CurationService;
import org.alliances.resources.LibraryService;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceForm;
import org.alliances.resources.ResourceType;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "Mon espace" a week (or a season) later, the clock moved: what came with time appears — an interest waiting longer,
 * a need about to lapse, a quiet partnership, a diagnosis a year old, a resource due for review — and what the member
 * has seen since the last visit goes. One test per role.
 */
@SpringBootTest
@Import(TestSupport.class)
class WaitingAWeekLaterTests {

    private static final Duration A_WEEK = Duration.ofDays(7);

    @Autowired Waiting waiting;
    @Autowired CurrentMember currentMember;
    @Autowired TestMembers members;
    @Autowired MatchingService matching;
    @Autowired PartnershipService partnerships;
    @Autowired DiagnosisService diagnoses;
    @Autowired CurationService curation;
    @Autowired LibraryService library;
    @Autowired ObservatoryService observatory;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
        SignIn.out();
    }

    @Test
    void anAssociationAWeekLaterSeesItsInterestWaitLongerItsNeedAboutToLapseAndTheNewPartner() {
        var association = members.newAssociation("Association une semaine après", "69266");
        var company = members.newCompany("Entreprise une semaine après", "69266");
        SignIn.as(association, "ASSOCIATION");
        var need = matching.publish(null, new NeedForm("Des tables pliantes", "Pour la fête de quartier.", Set.of(Theme.CITIZENSHIP),
                Contribution.GOODS, Set.of(CooperationModel.TRADITIONAL_PATRONAGE), "69266", Reach.DEPARTMENT, null,
                LocalDate.now(clock).plusDays(12), null));
        visitNow(association);
        clock.advance(Duration.ofHours(2));
        SignIn.as(company, "COMPANY");
        matching.saveProfile(Set.of(Theme.CITIZENSHIP), Map.of(Contribution.GOODS, 10), Set.of("69266"), List.of(Category.PATRONAGE));
        matching.expressInterest(need.id(), "Nous en avons vingt.");

        SignIn.as(association, "ASSOCIATION");
        var today = items();
        assertThat(today.get("home.waiting.interests").oldestDays()).isZero();
        assertThat(today).doesNotContainKey("home.waiting.needs-expiring");
        assertThat(today.get("home.waiting.partners-new").count()).as("the company came after the last visit").isEqualTo(1);

        clock.advance(A_WEEK);
        visitNow(association);
        var aWeekLater = items();
        assertThat(aWeekLater.get("home.waiting.interests").oldestDays()).isEqualTo(7);
        assertThat(aWeekLater.get("home.waiting.needs-expiring").count()).isEqualTo(1);
        assertThat(aWeekLater).as("seen at the previous visit").doesNotContainKey("home.waiting.partners-new");
    }

    @Test
    void partnersAreToldOfAQuietPartnershipAfterSixtyDaysAndOfTheOutcomeOwedOnceTheOtherClosedIt() {
        var association = members.newAssociation("Association au partenariat calme", "69266");
        var company = members.newCompany("Entreprise au partenariat calme", "69266");
        SignIn.as(company, "COMPANY");
        var partner = partnerships.findPartners("Association au partenariat calme").getFirst();
        var partnership = partnerships.declare(new Declaration(partner.id(), CooperationModel.PRACTICES_AUDIT, "69266", LocalDate.now(clock), null));
        SignIn.as(association, "ASSOCIATION");
        partnerships.moveTo(partnership.id(), Stage.ACTIVE, null, null);
        assertThat(keys()).doesNotContain("home.waiting.partnerships-quiet");

        clock.advance(Duration.ofDays(61));
        assertThat(keys()).contains("home.waiting.partnerships-quiet");
        SignIn.as(company, "COMPANY");
        assertThat(keys()).contains("home.waiting.partnerships-quiet").doesNotContain("home.waiting.outcomes-owed");

        SignIn.as(association, "ASSOCIATION");
        partnerships.close(partnership.id(), new Outcome(true, "Un audit fait ensemble", 4, false));
        assertThat(keys()).doesNotContain("home.waiting.partnerships-quiet", "home.waiting.outcomes-owed");
        SignIn.as(company, "COMPANY");
        assertThat(keys()).contains("home.waiting.outcomes-owed").doesNotContain("home.waiting.partnerships-quiet");
        partnerships.close(partnership.id(), new Outcome(true, "Des achats mieux choisis", 5, false));
        assertThat(keys()).doesNotContain("home.waiting.outcomes-owed");
    }

    @Test
    void aCompanyIsToldOfTheNeedsPublishedSinceItsLastVisitAndADiagnosisAYearOld() {
        var company = members.newCompany("Entreprise qui revient", "69266");
        SignIn.as(company, "COMPANY");
        matching.saveProfile(Set.of(Theme.EDUCATION), Map.of(Contribution.SKILLS_VOLUNTEERING, 10), Set.of("69266"), List.of(Category.PATRONAGE));
        DiagnosisAnswers.takeWhole(diagnoses, 2, Map.of());
        visitNow(company);
        assertThat(keys()).doesNotContain("home.waiting.needs-new", "home.waiting.diagnosis-old", "home.waiting.diagnosis-none");

        clock.advance(A_WEEK);
        SignIn.as(members.newAssociation("Association qui publie en son absence", "69266"), "ASSOCIATION");
        matching.publish(null, new NeedForm("Du soutien scolaire", "Deux heures par semaine.", Set.of(Theme.EDUCATION),
                Contribution.SKILLS_VOLUNTEERING, Set.of(CooperationModel.EXPERTISE_SHARING), "69266", Reach.DEPARTMENT, null, null, null));
        SignIn.as(company, "COMPANY");
        assertThat(items().get("home.waiting.needs-new").count()).isEqualTo(1);
        visitNow(company);
        assertThat(keys()).as("seen at the previous visit").doesNotContain("home.waiting.needs-new");

        clock.advance(Duration.ofDays(365));
        assertThat(keys()).contains("home.waiting.diagnosis-old");
        DiagnosisAnswers.takeWhole(diagnoses, 3, Map.of());
        assertThat(keys()).doesNotContain("home.waiting.diagnosis-old");
    }

    @Test
    void theAdminsAreToldOfTheProposalsToReviewAndOfTheResourcesDueForReviewWhenTheirDateComes() {
        var before = new java.util.concurrent.atomic.AtomicReference<Map<String, WhatWaits.Item>>();
        SignIn.asAdmin(() -> before.set(items()));
        SignIn.as(members.newAssociation("Association qui propose une fiche", "69123"), "ASSOCIATION");
        var proposal = library.propose(form("Notre convention de mécénat, en exemple", null));
        SignIn.asAdmin(() -> {
            assertThat(count(items(), "home.waiting.proposals")).isEqualTo(count(before.get(), "home.waiting.proposals") + 1);
            curation.publish(proposal.id());
            assertThat(count(items(), "home.waiting.proposals")).isEqualTo(count(before.get(), "home.waiting.proposals"));

            var reviewed = curation.create(form("Un guide à relire dans dix jours", LocalDate.now(clock).plusDays(10)));
            curation.publish(reviewed.id());
            long due = count(items(), "home.waiting.reviews-due");
            clock.advance(A_WEEK);
            assertThat(count(items(), "home.waiting.reviews-due")).isEqualTo(due);
            clock.advance(A_WEEK);
            assertThat(count(items(), "home.waiting.reviews-due")).isEqualTo(due + 1);
            curation.archive(reviewed.id());
            assertThat(count(items(), "home.waiting.reviews-due")).isEqualTo(due);
        });
    }

    @Test
    void aLocalAuthoritySeesWhatChangedThisMonthAndTheMonthAfterStartsFromNothing() {
        members.ensureExist();
        members.newAssociation("Association arrivée ce mois-ci", "69266");
        SignIn.as(TestMembers.LOCAL_AUTHORITY, "LOCAL_AUTHORITY");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> observatory.headlines().stream()
                .anyMatch(headline -> !Long.valueOf(0).equals(headline.thisMonth())));
        var thisMonth = observatory.headlines();

        clock.advance(Duration.ofDays(35));
        var nextMonth = observatory.headlines();
        assertThat(nextMonth).extracting(ObservatoryService.Headline::total)
                .containsExactlyElementsOf(thisMonth.stream().map(ObservatoryService.Headline::total).toList());
        assertThat(nextMonth).extracting(ObservatoryService.Headline::thisMonth).allMatch(Long.valueOf(0)::equals);
    }

    private ResourceForm form(String title, LocalDate reviewOn) {
        return new ResourceForm(ResourceType.GUIDE, Purpose.INFORM, title, "Un résumé", "", null, null, null, null, null,
                Set.of(OrganizationType.ASSOCIATION), Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, reviewOn);
    }

    /** The member signs in now: what was there until now counts as seen. */
    private void visitNow(String email) {
        jdbc.update("update accounts_user set previous_login_at = ? where email = ?", Timestamp.from(clock.instant()), email);
    }

    private static long count(Map<String, WhatWaits.Item> items, String key) {
        return items.containsKey(key) ? items.get(key).count() : 0;
    }

    private List<String> keys() {
        return WaitingNow.keys(waiting, currentMember);
    }

    private Map<String, WhatWaits.Item> items() {
        return WaitingNow.items(waiting, currentMember);
    }
}
