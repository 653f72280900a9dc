package org.alliances.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.PartnerProfile;
import org.alliances.matching.Reach;
import org.alliances.matching.Recommendation.Reason;
import org.junit.jupiter.api.Test;

/** The two-sided scoring on named cases, over the real territory hierarchy. */
class MatchScoringTests {

    static final Territories TERRITORIES = new Territories();
    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    /** Lyon 1er (69381), Villeurbanne (69266, same EPCI), Villefranche (69264, same département), Grenoble (38185, same région), Nantes (44109). */
    static final String LYON_1 = "69381";
    static final String VILLEURBANNE = "69266";
    static final String VILLEFRANCHE = "69264";
    static final String GRENOBLE = "38185";
    static final String NANTES = "44109";

    static MatchScoring.NeedFacts need(String commune, Reach reach) {
        return new MatchScoring.NeedFacts(UUID.randomUUID(), UUID.randomUUID(), "Chantier d'insertion", Set.of(Theme.INCLUSION_EMPLOYMENT),
                Contribution.EMPLOYEE_VOLUNTEERING, Set.of(CooperationModel.ACTIVE_ENGAGEMENT), commune, reach, new BigDecimal("100"),
                TODAY.plusDays(30), NOW);
    }

    static PartnerProfile company(String commune) {
        return new PartnerProfile(UUID.randomUUID(), Set.of(Theme.INCLUSION_EMPLOYMENT), Map.of(Contribution.EMPLOYEE_VOLUNTEERING, 200),
                Set.of(commune), List.of(Category.PATRONAGE), MaturityLevel.EXPERIMENTING);
    }

    static int score(MatchScoring.NeedFacts need, PartnerProfile company) {
        return MatchScoring.score(need, company, TERRITORIES::proximity, TODAY, NOW).orElseThrow().score();
    }

    @Test
    void theCloserTheCompanyTheHigherTheScoreAllElseEqual() {
        var need = need(LYON_1, Reach.NATIONAL);
        var scores = List.of(LYON_1, VILLEURBANNE, VILLEFRANCHE, GRENOBLE, NANTES).stream().map(commune -> score(need, company(commune))).toList();
        assertThat(scores).isSortedAccordingTo((a, b) -> b - a).doesNotHaveDuplicates();
    }

    @Test
    void aCompanyBeyondTheReachOfTheNeedIsNotRecommended() {
        var need = need(LYON_1, Reach.DEPARTMENT);
        assertThat(MatchScoring.score(need, company(VILLEFRANCHE), TERRITORIES::proximity, TODAY, NOW)).isPresent();
        assertThat(MatchScoring.score(need, company(GRENOBLE), TERRITORIES::proximity, TODAY, NOW)).isEmpty();
        assertThat(MatchScoring.score(need(LYON_1, Reach.LOCAL), company(VILLEURBANNE), TERRITORIES::proximity, TODAY, NOW)).isPresent();
        assertThat(MatchScoring.score(need(LYON_1, Reach.LOCAL), company(VILLEFRANCHE), TERRITORIES::proximity, TODAY, NOW)).isEmpty();
    }

    @Test
    void aNeedPastItsDeadlineOrTheSameOrganisationIsNeverRecommended() {
        var past = new MatchScoring.NeedFacts(UUID.randomUUID(), UUID.randomUUID(), "x", Set.of(Theme.SPORT), Contribution.MONEY,
                Set.of(CooperationModel.TRADITIONAL_PATRONAGE), LYON_1, Reach.NATIONAL, null, TODAY.minusDays(1), NOW);
        assertThat(MatchScoring.score(past, company(LYON_1), TERRITORIES::proximity, TODAY, NOW)).isEmpty();
        var company = company(LYON_1);
        var own = new MatchScoring.NeedFacts(UUID.randomUUID(), company.organizationId(), "x", Set.of(Theme.SPORT), Contribution.MONEY,
                Set.of(CooperationModel.TRADITIONAL_PATRONAGE), LYON_1, Reach.NATIONAL, null, null, NOW);
        assertThat(MatchScoring.score(own, company, TERRITORIES::proximity, TODAY, NOW)).isEmpty();
    }

    @Test
    void everyFactorThatCountedIsSaidInTheTypologysWords() {
        var reasons = MatchScoring.score(need(VILLEURBANNE, Reach.DEPARTMENT), company(LYON_1), TERRITORIES::proximity, TODAY, NOW)
                .orElseThrow().reasons();
        assertThat(reasons).extracting(Reason::messageKey).containsExactlyInAnyOrder("matching.reason.proximity.SAME_EPCI",
                "matching.reason.theme", "matching.reason.capacity.enough", "matching.reason.category");
        assertThat(reasons).contains(new Reason("matching.reason.category", List.of("category.PATRONAGE.label", "model.ACTIVE_ENGAGEMENT.label")),
                new Reason("matching.reason.theme", List.of("theme.INCLUSION_EMPLOYMENT")));
    }

    @Test
    void aCrossroadsModelCountsForBothItsCategories() {
        var expertise = Set.of(CooperationModel.EXPERTISE_SHARING);
        assertThat(MatchScoring.categoryFit(expertise, List.of(Category.PATRONAGE), new java.util.ArrayList<>())).isEqualTo(1.0);
        assertThat(MatchScoring.categoryFit(expertise, List.of(Category.SOCIETAL_INNOVATION), new java.util.ArrayList<>())).isEqualTo(1.0);
        assertThat(MatchScoring.categoryFit(expertise, List.of(Category.RESPONSIBLE_PRACTICES), new java.util.ArrayList<>())).isZero();
    }

    @Test
    void coConstructionModelsAskForAStructuredCompany() {
        var reasons = new java.util.ArrayList<Reason>();
        var jointOffer = Set.of(CooperationModel.JOINT_OFFER);
        assertThat(MatchScoring.maturityFit(jointOffer, MaturityLevel.AWAKENING, reasons)).isZero();
        assertThat(MatchScoring.maturityFit(jointOffer, null, reasons)).isEqualTo(MatchScoring.UNKNOWN_MATURITY);
        assertThat(MatchScoring.maturityFit(jointOffer, MaturityLevel.STRUCTURED, reasons)).isEqualTo(1.0);
        assertThat(reasons).containsExactly(new Reason("matching.reason.maturity", List.of("model.JOINT_OFFER.label")));
        assertThat(MatchScoring.maturityFit(Set.of(CooperationModel.TRADITIONAL_PATRONAGE), MaturityLevel.AWAKENING, reasons)).isEqualTo(1.0);
    }

    @Test
    void aPartialCapacityCountsInPartAndAStaleNeedCountsLess() {
        var need = need(LYON_1, Reach.NATIONAL);
        var small = new PartnerProfile(UUID.randomUUID(), Set.of(Theme.INCLUSION_EMPLOYMENT), Map.of(Contribution.EMPLOYEE_VOLUNTEERING, 50),
                Set.of(LYON_1), List.of(Category.PATRONAGE), MaturityLevel.EXPERIMENTING);
        assertThat(score(need, small)).isLessThan(score(need, company(LYON_1)));
        var stale = new MatchScoring.NeedFacts(need.id(), need.organizationId(), need.title(), need.themes(), need.contribution(), need.models(),
                need.communeCode(), need.reach(), need.quantity(), need.deadline(), NOW.minus(java.time.Duration.ofDays(120)));
        assertThat(score(stale, company(LYON_1))).isLessThan(score(need, company(LYON_1)));
        assertThat(MatchScoring.freshness(NOW.minus(java.time.Duration.ofDays(400)), NOW)).isEqualTo(MatchScoring.OLDEST_FRESHNESS);
    }

    @Test
    void theFinalScoreIsTheHarmonicMeanOfBothSidesSoOneWeakSideCannotBeHidden() {
        var need = need(LYON_1, Reach.NATIONAL);
        var offersNothingAsked = new PartnerProfile(UUID.randomUUID(), Set.of(), Map.of(Contribution.MONEY, 1000), Set.of(LYON_1),
                List.of(Category.PATRONAGE), MaturityLevel.CO_BUILDING);
        // association's side: no contribution, no theme, same commune = 0.25 × 1.0 = 0.25
        // company's side: its category 0.40 + same commune 0.20 + entry-door model 0.10 = 0.70
        // harmonic mean 2 × 0.25 × 0.70 / 0.95 = 0.368, where the arithmetic mean would give 0.475
        assertThat(score(need, offersNothingAsked)).isEqualTo(37);
    }
}
