package org.alliances.partnerships;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.TestOrganizations;
import org.alliances.matching.MatchConfirmed;
import org.alliances.partnerships.internal.Reminders;
import org.alliances.partnerships.internal.TestPartnerships;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/** The life of partnerships as their partners lead it, on PostgreSQL. */
@ModuleIntegrationTest
@Import(TestPartnerships.class)
class PartnershipsTests {

    @Autowired PartnershipService partnerships;
    @Autowired TestOrganizations members;
    @Autowired TestPartnerships open;
    @Autowired Reminders reminders;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    static final Outcome GOOD = new Outcome(true, "Des liens solides", 5, true);

    @AfterEach
    void reset() {
        TestOrganizations.signOut();
        clock.reset();
    }

    record Pair(String association, String company) {
    }

    Pair pair(String name, String commune) {
        return new Pair(members.newAssociation("Association " + name, commune), members.newCompany("Entreprise " + name, commune));
    }

    @Test
    void aConfirmedMatchOpensOnePartnershipAtItsFirstContactsEvenWhenDeliveredTwice(Scenario scenario) {
        var pair = pair("des Canuts", "69384");
        var match = new MatchConfirmed(UUID.randomUUID(), UUID.randomUUID(), open.organizationOf(pair.association()),
                open.organizationOf(pair.company()), CooperationModel.ACTIVE_ENGAGEMENT, "69384", java.time.Instant.now());

        // the listener publishes from its own thread: wait for the partnership, then read what it announced
        var opened = scenario.publish(match).andWaitAtMost(Duration.ofSeconds(60))
                .andWaitForStateChange(() -> jdbc.queryForList("select id from partnerships_partnership where interest_id = ?",
                        UUID.class, match.interestId()), found -> !found.isEmpty());
        opened.andVerify(found -> {
            var started = open.announced(PartnershipStarted.class, found.getFirst());
            assertThat(started).hasSize(1);
            var event = started.getFirst();
            assertThat(event.origin()).isEqualTo(Origin.MATCH);
            assertThat(event.stage()).isEqualTo(Stage.EMERGENCE);
            assertThat(event.associationId()).isEqualTo(match.associationId());
            assertThat(event.companyId()).isEqualTo(match.companyId());
            assertThat(event.needId()).isEqualTo(match.needId());
            assertThat(event.model()).isEqualTo(CooperationModel.ACTIVE_ENGAGEMENT);
            assertThat(event.communeCode()).isEqualTo("69384");
        });
        open.deliver(match);
        open.deliver(match);

        assertThat(jdbc.queryForObject("select count(*) from partnerships_partnership where interest_id = ?", Long.class,
                match.interestId())).isEqualTo(1);
        var id = jdbc.queryForObject("select id from partnerships_partnership where interest_id = ?", UUID.class, match.interestId());
        assertThat(open.announced(PartnershipStarted.class, id)).hasSize(1);
        TestOrganizations.signIn(pair.company(), "COMPANY");
        var mine = partnerships.mine(0).getContent();
        assertThat(mine).hasSize(1);
        assertThat(mine.getFirst().partnerName()).isEqualTo("Association des Canuts");
        assertThat(mine.getFirst().stage()).isEqualTo(Stage.EMERGENCE);
        assertThat(partnerships.history(mine.getFirst().id(), 0).getContent()).extracting(StageChange::to).containsExactly(Stage.EMERGENCE);
    }

    /**
     * For each path, from each stage a partnership can be in, every target stage is tried through the service as a
     * partner would: it passes exactly when the lifecycle's table allows it (that table is pinned by LifecycleTests),
     * and a refused change leaves the stage and the history as they were.
     */
    @Test
    void everyAllowedAndEveryForbiddenTransitionOfEachPath() {
        var models = Map.of(Path.PATRONAGE, CooperationModel.ACTIVE_ENGAGEMENT, Path.RESPONSIBLE_PRACTICES,
                CooperationModel.PRACTICES_AUDIT, Path.CO_CONSTRUCTION, CooperationModel.JOINT_OFFER);
        var pair = pair("du Gier", "42218");
        int allowed = 0;
        int refused = 0;
        for (var path : Path.values()) {
            var model = models.get(path);
            var fromStages = new ArrayList<Stage>(path.milestones());
            fromStages.addAll(List.of(Stage.PROPOSED, Stage.ENDED, Stage.DECLINED));
            for (var from : fromStages) {
                for (var target : Stage.values()) {
                    var setUp = inStage(path, model, from, pair);
                    var id = setUp.id();
                    TestOrganizations.signIn(setUp.actor(), setUp.role());
                    long lines = partnerships.history(id, 0).getTotalElements();
                    boolean passed;
                    try {
                        if (target == Stage.ENDED) {
                            partnerships.close(id, GOOD);
                        } else {
                            partnerships.moveTo(id, target, "essai", null);
                        }
                        passed = true;
                    } catch (InvalidInputException problems) {
                        passed = false;
                        assertThat(partnerships.find(id).orElseThrow().stage()).isEqualTo(from);
                        assertThat(partnerships.history(id, 0).getTotalElements()).isEqualTo(lines);
                    }
                    assertThat(passed).as("%s: %s -> %s", path, from, target).isEqualTo(Lifecycle.allows(path, from, target));
                    if (passed) {
                        allowed++;
                        assertThat(partnerships.find(id).orElseThrow().stage()).isEqualTo(target);
                    } else {
                        refused++;
                    }
                    TestOrganizations.signOut();
                }
            }
        }
        assertThat(allowed).isEqualTo(8 + 10 + 16);
        assertThat(refused).isEqualTo(6 * 9 + 7 * 9 + 9 * 9 - allowed);
    }

    record SetUp(UUID id, String actor, String role) {
    }

    /** A partnership of this model in this stage, and who may act on it there. */
    private SetUp inStage(Path path, CooperationModel model, Stage stage, Pair pair) {
        if (stage == Stage.PROPOSED || stage == Stage.DECLINED) {
            var company = members.newCompany("Entreprise invitée", "42218");
            TestOrganizations.signIn(pair.association(), "ASSOCIATION");
            var id = partnerships.declare(new Declaration(open.organizationOf(company), model, "42218", LocalDate.now(clock), null)).id();
            if (stage == Stage.DECLINED) {
                TestOrganizations.signIn(company, "COMPANY");
                partnerships.moveTo(id, Stage.DECLINED, null, null);
            }
            TestOrganizations.signOut();
            return new SetUp(id, company, "COMPANY");
        }
        var id = open.matched(pair.association(), pair.company(), model, "42218");
        TestOrganizations.signIn(pair.association(), "ASSOCIATION");
        if (stage == Stage.ENDED) {
            partnerships.close(id, GOOD);
        } else {
            for (var step : route(path, Stage.EMERGENCE, stage)) {
                partnerships.moveTo(id, step, null, null);
            }
        }
        TestOrganizations.signOut();
        return new SetUp(id, pair.association(), "ASSOCIATION");
    }

    /** The shortest way along the lifecycle from one stage to another, without ending. */
    private static List<Stage> route(Path path, Stage from, Stage to) {
        var previous = new EnumMap<Stage, Stage>(Stage.class);
        var queue = new ArrayDeque<Stage>(List.of(from));
        while (!queue.isEmpty()) {
            var stage = queue.poll();
            for (var next : Lifecycle.next(path, stage)) {
                if (!next.isFinal() && next != from && !previous.containsKey(next)) {
                    previous.put(next, stage);
                    queue.add(next);
                }
            }
        }
        var steps = new ArrayList<Stage>();
        for (var stage = to; stage != from; stage = previous.get(stage)) {
            steps.addFirst(stage);
        }
        return steps;
    }

    @Test
    void aDeclaredPartnershipCountsOnlyOnceTheOtherSideConfirmsIt() {
        var pair = pair("de la Guillotière", "69387");
        TestOrganizations.signIn(pair.association(), "ASSOCIATION");
        assertThatThrownBy(() -> partnerships.declare(new Declaration(null, null, "00000", LocalDate.now(clock).plusDays(1), null)))
                .isInstanceOfSatisfying(InvalidInputException.class, problems -> assertThat(problems.problems())
                        .containsEntry("partner", "partnerships.declare.partner.required.ASSOCIATION")
                        .containsEntry("model", "partnerships.declare.model.required")
                        .containsEntry("commune", "partnerships.declare.commune.required")
                        .containsEntry("startedOn", "partnerships.declare.started.future"));
        assertThat(partnerships.findPartners("Association de la Guillotière")).isEmpty();
        var found = partnerships.findPartners("entreprise de la guillot");
        assertThat(found).extracting(org.alliances.kernel.Organization::name).containsExactly("Entreprise de la Guillotière");
        assertThat(partnerships.findPartners(found.getFirst().identifier())).hasSize(1);

        var declared = partnerships.declare(new Declaration(found.getFirst().id(), CooperationModel.TRADITIONAL_PATRONAGE, "69387",
                LocalDate.now(clock).minusYears(2), "Soutien annuel depuis 2024"));
        assertThat(declared.stage()).isEqualTo(Stage.PROPOSED);
        assertThat(declared.awaitsMyConfirmation()).isFalse();
        assertThat(declared.nextStages()).isEmpty();
        assertThatThrownBy(() -> partnerships.moveTo(declared.id(), Stage.ACTIVE, null, null)).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> partnerships.addContribution(declared.id(), new ContributionForm(ContributionKind.MONEY,
                declared.companyId(), new BigDecimal("100"), null, LocalDate.now(clock))))
                .isInstanceOfSatisfying(InvalidInputException.class, problems ->
                        assertThat(problems.problems()).containsEntry("stage", "partnerships.record.not-now"));
        assertThatThrownBy(() -> partnerships.declare(new Declaration(found.getFirst().id(), CooperationModel.TRADITIONAL_PATRONAGE,
                "69387", LocalDate.now(clock), null))).isInstanceOfSatisfying(InvalidInputException.class, problems ->
                assertThat(problems.problems()).containsEntry("partner", "partnerships.declare.duplicate"));

        TestOrganizations.signIn(pair.company(), "COMPANY");
        var invited = partnerships.find(declared.id()).orElseThrow();
        assertThat(invited.awaitsMyConfirmation()).isTrue();
        assertThat(invited.startedOn()).isEqualTo(LocalDate.now(clock).minusYears(2));
        var confirmed = partnerships.moveTo(declared.id(), Stage.ACTIVE, "Confirmé", null);
        assertThat(confirmed.stage()).isEqualTo(Stage.ACTIVE);
        assertThat(partnerships.history(declared.id(), 0).getContent()).extracting(StageChange::to).containsExactly(Stage.ACTIVE, Stage.PROPOSED);
    }

    @Test
    void bothPartnersRecordingAtTheSameMomentLoseNothing() throws Exception {
        var pair = pair("des Pentes", "69381");
        var id = open.matched(pair.association(), pair.company(), CooperationModel.TRADITIONAL_PATRONAGE, "69381");
        var today = LocalDate.now(clock);
        var before = clock.instant();
        int each = 20;
        var start = new java.util.concurrent.CountDownLatch(1);
        try (var partners = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var recorded = new ArrayList<java.util.concurrent.Future<?>>();
            for (var partner : List.of(new String[] {pair.company(), "COMPANY"}, new String[] {pair.association(), "ASSOCIATION"})) {
                recorded.add(partners.submit(() -> {
                    TestOrganizations.signIn(partner[0], partner[1]);
                    var givenBy = open.organizationOf(partner[0]);
                    start.await();
                    for (int i = 1; i <= each; i++) {
                        clock.advance(Duration.ofMillis(1)); // time goes by: each recording moves the partnership's last activity
                        partnerships.addContribution(id, new ContributionForm(ContributionKind.VOLUNTEERING, givenBy, BigDecimal.valueOf(i), null, today));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (var partner : recorded) {
                partner.get(2, java.util.concurrent.TimeUnit.MINUTES);
            }
        }

        assertThat(jdbc.queryForObject("select count(*) from partnerships_contribution where partnership_id = ?", Long.class, id))
                .isEqualTo(2L * each);
        assertThat(jdbc.queryForObject("select last_activity_at from partnerships_partnership where id = ?", java.sql.Timestamp.class, id)
                .toInstant()).as("recording is activity").isAfter(before);
    }

    @Test
    void contributionsAndMeasuresOutOfReasonAreRefusedInFrenchAndTotalsAreExact() {
        var pair = pair("du Vieux-Lyon", "69385");
        var id = open.matched(pair.association(), pair.company(), CooperationModel.TRADITIONAL_PATRONAGE, "69385");
        var company = open.organizationOf(pair.company());
        var association = open.organizationOf(pair.association());
        TestOrganizations.signIn(pair.company(), "COMPANY");
        var today = LocalDate.now(clock);

        Function<ContributionForm, Map<String, String>> refusedContribution = form -> {
            try {
                partnerships.addContribution(id, form);
                throw new AssertionError("accepted: " + form);
            } catch (InvalidInputException problems) {
                return problems.problems();
            }
        };
        assertThat(refusedContribution.apply(new ContributionForm(ContributionKind.MONEY, company, new BigDecimal("-10"), null, today)))
                .containsEntry("amount", "partnerships.quantity.not-positive");
        assertThat(refusedContribution.apply(new ContributionForm(ContributionKind.MONEY, company, BigDecimal.ZERO, null, today)))
                .containsEntry("amount", "partnerships.quantity.not-positive");
        assertThat(refusedContribution.apply(new ContributionForm(ContributionKind.MONEY, company, new BigDecimal("1000000000.01"), null, today)))
                .containsEntry("amount", "partnerships.quantity.too-large.EUROS");
        assertThat(refusedContribution.apply(new ContributionForm(ContributionKind.SKILLS, company, new BigDecimal("20000000"), null, today)))
                .containsEntry("amount", "partnerships.quantity.too-large.HOURS");
        assertThat(refusedContribution.apply(new ContributionForm(ContributionKind.IN_KIND, company, new BigDecimal("300"), " ", today.plusDays(1))))
                .containsEntry("description", "partnerships.contribution.description.required")
                .containsEntry("givenOn", "partnerships.date.future");
        assertThat(refusedContribution.apply(new ContributionForm(null, UUID.randomUUID(), null, null, null)))
                .containsEntry("kind", "partnerships.contribution.kind.required")
                .containsEntry("givenBy", "partnerships.contribution.given-by.required")
                .containsEntry("amount", "partnerships.quantity.required")
                .containsEntry("givenOn", "partnerships.date.required");

        Function<IndicatorForm, Map<String, String>> refusedMeasure = form -> {
            try {
                partnerships.addIndicator(id, form);
                throw new AssertionError("accepted: " + form);
            } catch (InvalidInputException problems) {
                return problems.problems();
            }
        };
        assertThat(refusedMeasure.apply(new IndicatorForm(Indicator.OTHER_COMPANY, " ", new BigDecimal("10"), null, today)))
                .containsEntry("label", "partnerships.indicator.label.required")
                .containsEntry("unit", "partnerships.indicator.unit.required");
        assertThat(refusedMeasure.apply(new IndicatorForm(Indicator.PEOPLE_REACHED, null, new BigDecimal("-1"), null, today)))
                .containsEntry("value", "partnerships.quantity.negative");
        assertThat(refusedMeasure.apply(new IndicatorForm(Indicator.WASTE_AVOIDED, null, new BigDecimal("2000000000"), null, today)))
                .containsEntry("value", "partnerships.quantity.too-large.KILOGRAMS");
        assertThat(refusedMeasure.apply(new IndicatorForm(Indicator.INCLUSIVE_PURCHASES, null, new BigDecimal("1000000001"), null, today)))
                .containsEntry("value", "partnerships.quantity.too-large.EUROS");
        assertThat(jdbc.queryForObject("select count(*) from partnerships_contribution where partnership_id = ?", Long.class, id)).isZero();
        assertThat(jdbc.queryForObject("select count(*) from partnerships_indicator where partnership_id = ?", Long.class, id)).isZero();

        partnerships.addContribution(id, new ContributionForm(ContributionKind.MONEY, company, new BigDecimal("1500.50"), null, today));
        partnerships.addContribution(id, new ContributionForm(ContributionKind.MONEY, company, new BigDecimal("499.50"), null, today.minusDays(3)));
        partnerships.addContribution(id, new ContributionForm(ContributionKind.SKILLS, company, new BigDecimal("12.5"), null, today));
        var mistake = partnerships.addContribution(id, new ContributionForm(ContributionKind.SKILLS, company, new BigDecimal("1000"), null, today));
        partnerships.addContribution(id, new ContributionForm(ContributionKind.IN_KIND, company, new BigDecimal("250"), "Deux ordinateurs", today));
        partnerships.addContribution(id, new ContributionForm(ContributionKind.VOLUNTEERING, association, new BigDecimal("3"), null, today));
        partnerships.removeContribution(id, mistake.id());
        partnerships.addIndicator(id, new IndicatorForm(Indicator.PEOPLE_REACHED, null, new BigDecimal("40"), null, today));
        partnerships.addIndicator(id, new IndicatorForm(Indicator.PEOPLE_REACHED, null, new BigDecimal("15"), null, today));
        partnerships.addIndicator(id, new IndicatorForm(Indicator.EMPLOYEES_ENGAGED, null, new BigDecimal("8"), null, today));
        partnerships.addIndicator(id, new IndicatorForm(Indicator.OTHER_COMPANY, "Heures de formation reçues", new BigDecimal("10"),
                MeasureUnit.HOURS, today));

        var totals = partnerships.totals(id);
        assertThat(totals.contributions()).containsExactlyInAnyOrder(
                new Totals.ContributionTotal(company, ContributionKind.MONEY, new BigDecimal("2000.00"), 2),
                new Totals.ContributionTotal(company, ContributionKind.SKILLS, new BigDecimal("12.50"), 1),
                new Totals.ContributionTotal(company, ContributionKind.IN_KIND, new BigDecimal("250.00"), 1),
                new Totals.ContributionTotal(association, ContributionKind.VOLUNTEERING, new BigDecimal("3.00"), 1));
        assertThat(totals.impactsOn(ImpactSide.GENERAL_INTEREST)).containsExactly(
                new Totals.ImpactTotal(ImpactSide.GENERAL_INTEREST, Indicator.PEOPLE_REACHED, null, MeasureUnit.PEOPLE, new BigDecimal("55.00"), 2));
        assertThat(totals.impactsOn(ImpactSide.COMPANY)).containsExactlyInAnyOrder(
                new Totals.ImpactTotal(ImpactSide.COMPANY, Indicator.EMPLOYEES_ENGAGED, null, MeasureUnit.PEOPLE, new BigDecimal("8.00"), 1),
                new Totals.ImpactTotal(ImpactSide.COMPANY, Indicator.OTHER_COMPANY, "Heures de formation reçues", MeasureUnit.HOURS,
                        new BigDecimal("10.00"), 1));
    }

    @Test
    void aContributionRecordedThenRemovedIsAnnouncedWithItsKindAndAmount(Scenario scenario) {
        var pair = pair("du quartier de Gerland", "69387");
        var id = open.matched(pair.association(), pair.company(), CooperationModel.TRADITIONAL_PATRONAGE, "69387");
        var company = open.organizationOf(pair.company());
        TestOrganizations.signIn(pair.company(), "COMPANY");
        var recorded = new java.util.concurrent.atomic.AtomicReference<UUID>();
        scenario.stimulate(() -> recorded.set(partnerships.addContribution(id, new ContributionForm(ContributionKind.LOGISTICS, company,
                        new BigDecimal("640"), "Un camion pour le déménagement", LocalDate.now(clock))).id()))
                .andWaitForEventOfType(org.alliances.partnerships.ContributionRecorded.class).matching(event -> event.partnershipId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.kind()).isEqualTo(ContributionKind.LOGISTICS);
                    assertThat(event.amount()).isEqualByComparingTo("640");
                });
        scenario.stimulate(() -> partnerships.removeContribution(id, recorded.get()))
                .andWaitForEventOfType(org.alliances.partnerships.ContributionRemoved.class).matching(event -> event.partnershipId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.contributionId()).isEqualTo(recorded.get());
                    assertThat(event.amount()).isEqualByComparingTo("640");
                });
    }

    @Test
    void journeyAdviceFollowsBothPartnersMaturityAndEvolvingIsRecordedAndAnnounced(Scenario scenario) {
        var pair = pair("de Fourvière", "69385");
        var id = open.matched(pair.association(), pair.company(), CooperationModel.ACTIVE_ENGAGEMENT, "69385");
        open.diagnosed(pair.association(), OrganizationType.ASSOCIATION, MaturityLevel.STRUCTURED, Instant.parse("2026-11-01T10:00:00Z"));
        open.diagnosed(pair.company(), OrganizationType.COMPANY, MaturityLevel.EXPERIMENTING, Instant.parse("2026-11-01T10:00:00Z"));
        TestOrganizations.signIn(pair.association(), "ASSOCIATION");

        var advice = partnerships.advice(id);
        assertThat(advice).extracting(ModelAdvice::model).containsExactly(CooperationModel.TRADITIONAL_PATRONAGE, CooperationModel.EXPERTISE_SHARING);
        assertThat(advice).extracting(ModelAdvice::withinReach).containsExactly(true, false);
        assertThat(advice.get(1).reasons()).extracting(ModelAdvice.Reason::messageKey).contains("partnerships.advice.maturity.low.COMPANY");

        open.diagnosed(pair.company(), OrganizationType.COMPANY, MaturityLevel.CO_BUILDING, Instant.parse("2026-11-20T10:00:00Z"));
        open.diagnosed(pair.company(), OrganizationType.COMPANY, MaturityLevel.AWAKENING, Instant.parse("2026-10-01T10:00:00Z"));
        assertThat(partnerships.advice(id)).allMatch(ModelAdvice::withinReach);

        assertThatThrownBy(() -> partnerships.evolve(id, CooperationModel.EXPERTISE_SHARING, null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, problems ->
                        assertThat(problems.problems()).containsEntry("model", "partnerships.evolve.not-now"));
        partnerships.moveTo(id, Stage.ACTIVE, "Première journée solidaire", null);
        assertThatThrownBy(() -> partnerships.evolve(id, CooperationModel.ACTIVE_ENGAGEMENT, null, null)).isInstanceOf(InvalidInputException.class);
        clock.advance(Duration.ofDays(200));
        scenario.stimulate(() -> partnerships.evolve(id, CooperationModel.EXPERTISE_SHARING, "On partage nos savoir-faire",
                        LocalDate.now(clock).plusMonths(1)))
                .andWaitAtMost(Duration.ofSeconds(60)).andWaitForEventOfType(PartnershipModelEvolved.class).matching(event -> event.partnershipId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.from()).isEqualTo(CooperationModel.ACTIVE_ENGAGEMENT);
                    assertThat(event.to()).isEqualTo(CooperationModel.EXPERTISE_SHARING);
                    assertThat(event.stage()).isEqualTo(Stage.CONSTRUCTION);
                });
        var evolved = partnerships.find(id).orElseThrow();
        assertThat(evolved.path()).isEqualTo(Path.CO_CONSTRUCTION);
        assertThat(evolved.stage()).isEqualTo(Stage.CONSTRUCTION);
        assertThat(evolved.nextStepDueOn()).isEqualTo(LocalDate.now(clock).plusMonths(1));
        var journey = partnerships.journey(id);
        assertThat(journey).extracting(ModelPeriod::model).containsExactly(CooperationModel.ACTIVE_ENGAGEMENT, CooperationModel.EXPERTISE_SHARING);
        assertThat(journey.getFirst().to()).isEqualTo(LocalDate.now(clock));
        assertThat(journey.get(1).to()).isNull();
        assertThat(partnerships.history(id, 0).getContent().getFirst().isEvolution()).isTrue();
    }

    @Test
    void bothPartnersGiveTheirOutcomeAndItIsAnnouncedOnceWithTheAmounts(Scenario scenario) {
        var pair = pair("de la Presqu'île", "69382");
        var id = open.matched(pair.association(), pair.company(), CooperationModel.TRADITIONAL_PATRONAGE, "69382");
        var company = open.organizationOf(pair.company());
        TestOrganizations.signIn(pair.association(), "ASSOCIATION");
        partnerships.moveTo(id, Stage.ACTIVE, null, null);
        var today = LocalDate.now(clock);
        partnerships.addContribution(id, new ContributionForm(ContributionKind.MONEY, company, new BigDecimal("1000"), null, today));
        partnerships.addContribution(id, new ContributionForm(ContributionKind.SKILLS, company, new BigDecimal("10"), null, today));
        partnerships.addContribution(id, new ContributionForm(ContributionKind.LOGISTICS, company, new BigDecimal("200"), "Une salle", today));

        assertThatThrownBy(() -> partnerships.close(id, new Outcome(null, "x".repeat(2001), 0, true)))
                .isInstanceOfSatisfying(InvalidInputException.class, problems -> assertThat(problems.problems())
                        .containsEntry("happened", "partnerships.outcome.happened.required")
                        .containsEntry("satisfaction", "partnerships.outcome.satisfaction.required")
                        .containsEntry("brought", "text.too-long"));
        assertThat(partnerships.find(id).orElseThrow().stage()).isEqualTo(Stage.ACTIVE);

        var closed = partnerships.close(id, new Outcome(true, "Un local et du matériel", 5, true));
        assertThat(closed.stage()).isEqualTo(Stage.ENDED);
        assertThat(closed.partnerOutcome()).isNull();
        assertThatThrownBy(() -> partnerships.close(id, GOOD)).isInstanceOfSatisfying(InvalidInputException.class, problems ->
                assertThat(problems.problems()).containsEntry("stage", "partnerships.outcome.already"));
        assertThatThrownBy(() -> partnerships.moveTo(id, Stage.ACTIVE, null, null)).isInstanceOf(InvalidInputException.class);
        assertThat(open.announced(PartnershipClosed.class, id)).isEmpty();

        TestOrganizations.signIn(pair.company(), "COMPANY");
        assertThat(partnerships.find(id).orElseThrow().awaitsMyOutcome()).isTrue();
        scenario.stimulate(() -> partnerships.close(id, new Outcome(true, "Des salariés fiers", 4, true)))
                .andWaitAtMost(Duration.ofSeconds(60)).andWaitForEventOfType(PartnershipClosed.class).matching(event -> event.partnershipId().equals(id))
                .toArriveAndVerify(event -> {
                    assertThat(event.publicCaseStudy()).isTrue();
                    assertThat(event.models()).containsExactly(CooperationModel.TRADITIONAL_PATRONAGE);
                    assertThat(event.moneyEuros()).isEqualByComparingTo("1000");
                    assertThat(event.hours()).isEqualByComparingTo("10");
                    assertThat(event.estimatedInKindEuros()).isEqualByComparingTo("200");
                    assertThat(event.associationSatisfaction()).isEqualTo(5);
                    assertThat(event.companySatisfaction()).isEqualTo(4);
                    assertThat(event.closedOn()).isEqualTo(today);
                });
        clock.advance(Duration.ofDays(40));
        reminders.apply();
        assertThat(open.announced(PartnershipClosed.class, id)).hasSize(1);
    }

    @Test
    void withoutTheSecondAnswerTheOutcomeIsAnnouncedAfterAMonthWithoutACaseStudy() {
        var pair = pair("de Villeurbanne", "69266");
        var id = open.matched(pair.association(), pair.company(), CooperationModel.SERVICE_PROVISION, "69266");
        TestOrganizations.signIn(pair.company(), "COMPANY");
        partnerships.close(id, new Outcome(false, null, 2, true));
        clock.advance(Duration.ofDays(29));
        reminders.apply();
        assertThat(open.announced(PartnershipClosed.class, id)).isEmpty();
        clock.advance(Duration.ofDays(2));
        reminders.apply();
        reminders.apply();
        var announced = open.announced(PartnershipClosed.class, id);
        assertThat(announced).hasSize(1);
        assertThat(announced.getFirst().publicCaseStudy()).isFalse();
        assertThat(announced.getFirst().happenedForCompany()).isFalse();
        assertThat(announced.getFirst().associationSatisfaction()).isNull();
    }

    @Test
    void aPartnershipLeftQuietForSixtyDaysIsRecalledOncePerQuietSpell() {
        var pair = pair("de Vénissieux", "69259");
        var id = open.matched(pair.association(), pair.company(), CooperationModel.ACTIVE_ENGAGEMENT, "69259");
        clock.advance(Duration.ofDays(59));
        reminders.apply();
        assertThat(open.announced(PartnershipLeftIdle.class, id)).isEmpty();
        clock.advance(Duration.ofDays(2));
        reminders.apply();
        reminders.apply();
        assertThat(open.announced(PartnershipLeftIdle.class, id)).extracting(PartnershipLeftIdle::daysIdle).containsExactly(61);
        TestOrganizations.signIn(pair.association(), "ASSOCIATION");
        assertThat(partnerships.mine(0).getContent().getFirst().isIdle(clock.instant())).isTrue();

        partnerships.moveTo(id, Stage.ACTIVE, null, null);
        assertThat(partnerships.find(id).orElseThrow().isIdle(clock.instant())).isFalse();
        clock.advance(Duration.ofDays(61));
        reminders.apply();
        assertThat(open.announced(PartnershipLeftIdle.class, id)).hasSize(2);
    }

    @Test
    void onlyThePartnersSeeOrChangeAPartnershipAndALocalAuthorityNever() {
        var pair = pair("de Bron", "69029");
        var id = open.matched(pair.association(), pair.company(), CooperationModel.ACTIVE_ENGAGEMENT, "69029");
        var outsider = members.newAssociation("Association voisine de Bron", "69029");
        TestOrganizations.signIn(outsider, "ASSOCIATION");
        assertThat(partnerships.find(id)).isEmpty();
        assertThat(partnerships.mine(0).getContent()).isEmpty();
        for (Runnable attempt : List.<Runnable>of(
                () -> partnerships.history(id, 0),
                () -> partnerships.contributions(id, 0),
                () -> partnerships.totals(id),
                () -> partnerships.advice(id),
                () -> partnerships.moveTo(id, Stage.ACTIVE, null, null),
                () -> partnerships.close(id, GOOD),
                () -> partnerships.addContribution(id, new ContributionForm(ContributionKind.MONEY, open.organizationOf(outsider),
                        BigDecimal.TEN, null, LocalDate.now(clock))))) {
            assertThatThrownBy(attempt::run).isInstanceOfSatisfying(InvalidInputException.class, problems ->
                    assertThat(problems.problems()).containsEntry("partnership", "partnerships.unknown"));
        }
        assertThat(partnerships.find(UUID.randomUUID())).isEmpty();

        members.ensureExist();
        TestOrganizations.signIn(TestOrganizations.LOCAL_AUTHORITY, "LOCAL_AUTHORITY");
        assertThatThrownBy(() -> partnerships.find(id)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> partnerships.mine(0)).isInstanceOf(AccessDeniedException.class);
        TestOrganizations.signIn(pair.association(), "ASSOCIATION");
        assertThat(partnerships.find(id).orElseThrow().stage()).isEqualTo(Stage.EMERGENCE);
    }
}
