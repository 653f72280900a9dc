package org.alliances.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliances.diagnosis.DiagnosisAnswers;
import org.alliances.diagnosis.DiagnosisService;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.TestOrganizations;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/** Needs, profiles, recommendations and interests as associations and companies use them, on PostgreSQL. */
@ModuleIntegrationTest(extraIncludes = "diagnosis")
class MatchingTests {

    @Autowired MatchingService matching;
    @Autowired DiagnosisService diagnoses;
    @Autowired TestOrganizations members;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.alliances.kernel.testing.MutableClock clock;

    @AfterEach
    void signOut() {
        TestOrganizations.signOut();
    }

    static NeedForm needIn(String commune, String title) {
        return new NeedForm(title, "Encadrer des jeunes en chantier d'insertion, deux samedis par mois.", Set.of(Theme.INCLUSION_EMPLOYMENT),
                Contribution.EMPLOYEE_VOLUNTEERING, Set.of(CooperationModel.ACTIVE_ENGAGEMENT), commune, Reach.DEPARTMENT,
                null, LocalDate.now().plusMonths(3), new BigDecimal("120"));
    }

    UUID organizationOf(String email) {
        return members.organizationOf(email);
    }

    String companyWithProfile(String name, String commune, Theme theme) {
        var email = members.newCompany(name, commune);
        TestOrganizations.signIn(email, "COMPANY");
        matching.saveProfile(Set.of(theme), Map.of(Contribution.EMPLOYEE_VOLUNTEERING, 200), Set.of(commune), List.of(Category.PATRONAGE));
        TestOrganizations.signOut();
        return email;
    }

    @Test
    void aNeedWithMissingOrWrongFieldsIsRefusedFieldByFieldAndNothingIsSaved() {
        var association = members.newAssociation("Chantiers de Vaise", "69389");
        TestOrganizations.signIn(association, "ASSOCIATION");
        var wrong = new NeedForm(" ", "", Set.of(), Contribution.MONEY, Set.of(), "69389", Reach.LOCAL, null,
                LocalDate.now().minusDays(1), new BigDecimal("-50"));

        assertThatThrownBy(() -> matching.publish(null, wrong)).isInstanceOfSatisfying(InvalidInputException.class, problems ->
                assertThat(problems.problems()).containsEntry("title", "matching.need.title.required")
                        .containsEntry("description", "matching.need.description.required")
                        .containsEntry("themes", "matching.need.themes.required")
                        .containsEntry("models", "matching.need.models.required")
                        .containsEntry("deadline", "matching.need.deadline.past")
                        .containsEntry("quantity", "matching.need.quantity.negative"));
        assertThatThrownBy(() -> matching.saveDraft(null, wrong)).isInstanceOf(InvalidInputException.class);
        var huge = new NeedForm("Un besoin\u0000", "x".repeat(4001), Set.of(), Contribution.MONEY, Set.of(), "69389", Reach.LOCAL, null,
                null, new BigDecimal("1e12"));
        assertThatThrownBy(() -> matching.saveDraft(null, huge)).isInstanceOfSatisfying(InvalidInputException.class, problems ->
                assertThat(problems.problems()).containsEntry("title", "text.control-characters")
                        .containsEntry("description", "text.too-long").containsEntry("quantity", "matching.need.quantity.too-large"));
        assertThat(jdbc.queryForObject("select count(*) from matching_need where organization_id = ?", Long.class,
                organizationOf(association))).isZero();
    }

    @Test
    void aDraftIsPublishedEditedAndClosedAndEachStepIsAnnounced(Scenario scenario) {
        var association = members.newAssociation("Insertion Gerland", "69387");
        TestOrganizations.signIn(association, "ASSOCIATION");
        var draft = matching.saveDraft(null, new NeedForm("Bénévoles pour un chantier", null, Set.of(), null, Set.of(), null, null,
                null, null, null));
        assertThat(draft.status()).isEqualTo(NeedStatus.DRAFT);

        scenario.stimulate(() -> matching.publish(draft.id(), needIn("69387", "Bénévoles pour un chantier")))
                .andWaitForEventOfType(NeedPublished.class).matching(event -> event.needId().equals(draft.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.contribution()).isEqualTo(Contribution.EMPLOYEE_VOLUNTEERING);
                    assertThat(event.models()).containsExactly(CooperationModel.ACTIVE_ENGAGEMENT);
                    assertThat(event.communeCode()).isEqualTo("69387");
                });
        var edited = matching.publish(draft.id(), needIn("69387", "Bénévoles pour deux chantiers"));
        assertThat(edited.title()).isEqualTo("Bénévoles pour deux chantiers");
        assertThat(edited.status()).isEqualTo(NeedStatus.PUBLISHED);

        scenario.stimulate(() -> matching.close(draft.id(), NeedStatus.FULFILLED))
                .andWaitForEventOfType(NeedClosed.class).matching(event -> event.needId().equals(draft.id()))
                .toArriveAndVerify(event -> assertThat(event.status()).isEqualTo(NeedStatus.FULFILLED));
        assertThatThrownBy(() -> matching.publish(draft.id(), needIn("69387", "Encore"))).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void recommendationsKeepToTheReachAndSayWhy() {
        var near = companyWithProfile("Transports Confluence", "69382", Theme.INCLUSION_EMPLOYMENT);
        var far = companyWithProfile("Marseille Logistique", "13055", Theme.INCLUSION_EMPLOYMENT);
        var association = members.newAssociation("Tremplin Perrache", "69382");
        TestOrganizations.signIn(association, "ASSOCIATION");
        var need = matching.publish(null, needIn("69382", "Tuteurs pour jeunes en insertion"));

        var companies = matching.companiesFor(need.id(), RecommendationFilter.none(), 0).getContent();
        assertThat(companies).extracting(Recommendation::organizationId).contains(organizationOf(near)).doesNotContain(organizationOf(far));
        var best = companies.stream().filter(found -> found.organizationId().equals(organizationOf(near))).findFirst().orElseThrow();
        assertThat(best.reasons()).extracting(Recommendation.Reason::messageKey)
                .contains("matching.reason.proximity.SAME_COMMUNE", "matching.reason.theme", "matching.reason.capacity.enough", "matching.reason.category");
        assertThat(best.score()).isGreaterThan(80);

        TestOrganizations.signIn(near, "COMPANY");
        var needs = matching.needsForMe(new RecommendationFilter(Theme.INCLUSION_EMPLOYMENT, null, null, null, "tuteurs insertion"), 0).getContent();
        assertThat(needs).extracting(Recommendation::needId).contains(need.id());
        assertThat(matching.needsForMe(new RecommendationFilter(Theme.SPORT, null, null, null, null), 0).getContent())
                .extracting(Recommendation::needId).doesNotContain(need.id());
    }

    @Test
    void aDraftAClosedOrAnExpiredNeedIsNeverRecommended() {
        var company = companyWithProfile("Menuiserie Monplaisir", "69388", Theme.INCLUSION_EMPLOYMENT);
        var association = members.newAssociation("Ateliers Monplaisir", "69388");
        TestOrganizations.signIn(association, "ASSOCIATION");
        var draft = matching.saveDraft(null, needIn("69388", "Brouillon Monplaisir"));
        var closed = matching.publish(null, needIn("69388", "Clos Monplaisir"));
        matching.close(closed.id(), NeedStatus.ABANDONED);
        var tomorrow = needIn("69388", "Échéance Monplaisir");
        var expiring = matching.publish(null, new NeedForm(tomorrow.title(), tomorrow.description(), tomorrow.themes(), tomorrow.contribution(),
                tomorrow.models(), tomorrow.communeCode(), tomorrow.reach(), null, LocalDate.now(clock).plusDays(1), tomorrow.quantity()));

        TestOrganizations.signIn(company, "COMPANY");
        assertThat(matching.needsForMe(RecommendationFilter.none(), 0).getContent()).extracting(Recommendation::needId)
                .contains(expiring.id()).doesNotContain(draft.id(), closed.id());
        clock.advance(Duration.ofDays(2));
        try {
            assertThat(matching.needsForMe(RecommendationFilter.none(), 0).getContent()).extracting(Recommendation::needId)
                    .doesNotContain(draft.id(), closed.id(), expiring.id());
            assertThatThrownBy(() -> matching.expressInterest(expiring.id(), "Bonjour")).isInstanceOf(InvalidInputException.class);
        } finally {
            clock.reset();
        }
        assertThatThrownBy(() -> matching.expressInterest(closed.id(), "Bonjour")).isInstanceOf(InvalidInputException.class);
    }

    @Test
    void anInterestAcceptedIsAConfirmedMatch(Scenario scenario) {
        var company = companyWithProfile("Imprimerie Part-Dieu", "69383", Theme.INCLUSION_EMPLOYMENT);
        var association = members.newAssociation("Emploi Part-Dieu", "69383");
        TestOrganizations.signIn(association, "ASSOCIATION");
        var need = matching.publish(null, needIn("69383", "Parrains pour l'emploi"));

        TestOrganizations.signIn(company, "COMPANY");
        var interest = matching.expressInterest(need.id(), "Nous avons dix volontaires.");
        assertThatThrownBy(() -> matching.expressInterest(need.id(), "Encore nous")).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("message", "matching.interest.already"));

        TestOrganizations.signIn(association, "ASSOCIATION");
        assertThat(matching.interestsReceived()).singleElement().satisfies(received -> {
            assertThat(received.companyName()).isEqualTo("Imprimerie Part-Dieu");
            assertThat(received.message()).isEqualTo("Nous avons dix volontaires.");
        });
        assertThatThrownBy(() -> matching.accept(interest.id(), CooperationModel.JOINT_OFFER)).isInstanceOf(InvalidInputException.class);
        scenario.stimulate(() -> matching.accept(interest.id(), CooperationModel.ACTIVE_ENGAGEMENT))
                .andWaitForEventOfType(MatchConfirmed.class).matching(event -> event.interestId().equals(interest.id()))
                .toArriveAndVerify(event -> {
                    assertThat(event.needId()).isEqualTo(need.id());
                    assertThat(event.associationId()).isEqualTo(organizationOf(association));
                    assertThat(event.companyId()).isEqualTo(organizationOf(company));
                    assertThat(event.model()).isEqualTo(CooperationModel.ACTIVE_ENGAGEMENT);
                    assertThat(event.communeCode()).isEqualTo("69383");
                });
        assertThatThrownBy(() -> matching.decline(interest.id(), null)).isInstanceOf(InvalidInputException.class);
        TestOrganizations.signIn(company, "COMPANY");
        assertThat(matching.myInterests()).singleElement().satisfies(mine -> assertThat(mine.status()).isEqualTo(Interest.InterestStatus.ACCEPTED));
    }

    @Test
    void aDeclinedInterestIsAnnouncedWithItsReasonForTheCompany(Scenario scenario) {
        var company = companyWithProfile("Garage Croix-Luizet", "69266", Theme.INCLUSION_EMPLOYMENT);
        var association = members.newAssociation("Mobilité Villeurbanne", "69266");
        TestOrganizations.signIn(association, "ASSOCIATION");
        var need = matching.publish(null, needIn("69266", "Réparer des vélos"));
        TestOrganizations.signIn(company, "COMPANY");
        var interest = matching.expressInterest(need.id(), null);

        TestOrganizations.signIn(association, "ASSOCIATION");
        scenario.stimulate(() -> matching.decline(interest.id(), "Nous avons déjà trouvé"))
                .andWaitForEventOfType(InterestDeclined.class).matching(event -> event.interestId().equals(interest.id()))
                .toArriveAndVerify(event -> assertThat(event.companyId()).isEqualTo(organizationOf(company)));
        TestOrganizations.signIn(company, "COMPANY");
        assertThat(matching.myInterests()).singleElement().satisfies(mine -> {
            assertThat(mine.status()).isEqualTo(Interest.InterestStatus.DECLINED);
            assertThat(mine.declineReason()).isEqualTo("Nous avons déjà trouvé");
        });
    }

    @Test
    void nobodyReadsOrAnswersAnotherOrganisationsInterests() {
        var company = companyWithProfile("Boulangerie Brotteaux", "69386", Theme.FOOD);
        var association = members.newAssociation("Restos Brotteaux", "69386");
        TestOrganizations.signIn(association, "ASSOCIATION");
        var need = matching.publish(null, needIn("69386", "Invendus pour l'épicerie"));
        TestOrganizations.signIn(company, "COMPANY");
        var interest = matching.expressInterest(need.id(), "Nos invendus chaque soir");

        TestOrganizations.signIn(members.newCompany("Autre entreprise", "69386"), "COMPANY");
        assertThat(matching.myInterests()).isEmpty();
        TestOrganizations.signIn(members.newAssociation("Autre association", "69386"), "ASSOCIATION");
        assertThat(matching.interestsReceived()).isEmpty();
        assertThatThrownBy(() -> matching.accept(interest.id(), CooperationModel.ACTIVE_ENGAGEMENT)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.decline(interest.id(), null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> matching.companiesFor(need.id(), RecommendationFilter.none(), 0)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> matching.close(need.id(), NeedStatus.ABANDONED)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> matching.myProfile()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCompanysProfileFollowsItsLatestDiagnosisOnly() {
        var company = members.newCompany("Conseil Saint-Jean", "69385");
        TestOrganizations.signIn(company, "COMPANY");
        DiagnosisAnswers.takeWhole(diagnoses, 3, Map.of("objectives.priorities", Set.of("offer_with_social_actor")));

        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> matching.myProfile().maturity() != null);
        var profile = matching.myProfile();
        assertThat(profile.maturity()).isEqualTo(MaturityLevel.CO_BUILDING);
        assertThat(profile.targetCategories()).hasSize(2).contains(Category.ECONOMIC_COOPERATION);
        assertThat(profile.communeCodes()).containsExactly("69385");
    }
}
