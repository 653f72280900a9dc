package org.alliances.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.PartnerProfile;
import org.alliances.matching.Reach;

/** What holds for any need and any company profile. */
class MatchScoringPropertyTests {

    static final List<String> COMMUNES = List.of("69381", "69266", "69264", "38185", "44109", "33063", "75056", "13055");

    @Property(tries = 300)
    void scoresStayWithinZeroAndAHundredAndEveryCountedFactorHasItsReason(@ForAll("needs") MatchScoring.NeedFacts need,
                                                                         @ForAll("companies") PartnerProfile company) {
        var scored = MatchScoring.score(need, company, MatchScoringTests.TERRITORIES::proximity, MatchScoringTests.TODAY, MatchScoringTests.NOW);
        boolean past = need.deadline() != null && need.deadline().isBefore(MatchScoringTests.TODAY);
        if (scored.isEmpty() && past) {
            return;
        }
        if (scored.isEmpty()) {
            var proximity = MatchScoring.closest(need.communeCode(), company.communeCodes(), MatchScoringTests.TERRITORIES::proximity);
            assertThat(need.reach().covers(proximity)).as("only the reach excludes here").isFalse();
            return;
        }
        var result = scored.get();
        assertThat(result.score()).isBetween(0, 100);
        var keys = result.reasons().stream().map(reason -> reason.messageKey()).toList();
        assertThat(keys).anyMatch(key -> key.startsWith("matching.reason.proximity."));
        if (need.themes().stream().anyMatch(company.themes()::contains)) {
            assertThat(keys).contains("matching.reason.theme");
        }
        if (company.contributions().containsKey(need.contribution())) {
            assertThat(keys).anyMatch(key -> key.equals("matching.reason.contribution") || key.startsWith("matching.reason.capacity."));
        }
        if (need.models().stream().anyMatch(model -> company.targetCategories().stream().anyMatch(model::belongsTo))) {
            assertThat(keys).contains("matching.reason.category");
        }
    }

    @Property(tries = 200)
    void movingTheCompanyCloserNeverLowersTheScore(@ForAll("needs") MatchScoring.NeedFacts need, @ForAll("companies") PartnerProfile company) {
        var far = MatchScoring.score(need, company, MatchScoringTests.TERRITORIES::proximity, MatchScoringTests.TODAY, MatchScoringTests.NOW);
        var sameCommune = new PartnerProfile(company.organizationId(), company.themes(), company.contributions(), Set.of(need.communeCode()),
                company.targetCategories(), company.maturity());
        var near = MatchScoring.score(need, sameCommune, MatchScoringTests.TERRITORIES::proximity, MatchScoringTests.TODAY, MatchScoringTests.NOW);
        boolean past = need.deadline() != null && need.deadline().isBefore(MatchScoringTests.TODAY);
        assertThat(near.isPresent()).as("within reach unless past its deadline").isEqualTo(!past);
        far.ifPresent(farScore -> assertThat(near.get().score()).isGreaterThanOrEqualTo(farScore.score()));
    }

    @Property(tries = 200)
    void theIndexScansGiveTheVeryScoresOfTheScoringModel(@ForAll("needLists") List<MatchScoring.NeedFacts> needs,
                                                         @ForAll("companyLists") List<PartnerProfile> companies) {
        var forms = new CompactForms(MatchScoringTests.TERRITORIES);
        var index = new MatchIndex(null, forms, event -> { });
        var needEntries = new java.util.HashMap<UUID, NeedEntry>();
        needs.forEach(need -> needEntries.put(need.id(), forms.need(need, "", "")));
        var companyEntries = new java.util.HashMap<UUID, CompanyEntry>();
        companies.forEach(company -> companyEntries.put(company.organizationId(), forms.company(company, "")));
        index.replaceAll(needEntries, companyEntries);
        var none = org.alliances.matching.RecommendationFilter.none();

        for (var need : needs) {
            var scan = index.companiesFor(need.id(), none, MatchScoringTests.TODAY, MatchScoringTests.NOW);
            var found = new java.util.HashMap<UUID, Integer>();
            for (int i = 0; i < scan.size(); i++) {
                found.put(scan.organizationId(i), scan.score(i));
            }
            for (var company : companies) {
                assertThat(found.get(company.organizationId())).as("company scan of %s for %s", need, company).isEqualTo(expected(need, company));
            }
        }
        for (var company : companies) {
            var scan = index.needsFor(company.organizationId(), company, none, MatchScoringTests.TODAY, MatchScoringTests.NOW);
            var found = new java.util.HashMap<UUID, Integer>();
            for (int i = 0; i < scan.size(); i++) {
                found.put(scan.needId(i), scan.score(i));
            }
            for (var need : needs) {
                assertThat(found.get(need.id())).as("need scan of %s for %s", company, need).isEqualTo(expected(need, company));
            }
        }
    }

    /** The model's score, or null when a hard rule excludes the pair. */
    static Integer expected(MatchScoring.NeedFacts need, PartnerProfile company) {
        return MatchScoring.score(need, company, MatchScoringTests.TERRITORIES::proximity, MatchScoringTests.TODAY, MatchScoringTests.NOW)
                .map(MatchScoring.Scored::score).orElse(null);
    }

    @Provide
    Arbitrary<List<MatchScoring.NeedFacts>> needLists() {
        return needs().list().ofMinSize(1).ofMaxSize(6);
    }

    @Provide
    Arbitrary<List<PartnerProfile>> companyLists() {
        return companies().list().ofMinSize(1).ofMaxSize(8);
    }

    @Provide
    Arbitrary<MatchScoring.NeedFacts> needs() {
        return Combinators.combine(Arbitraries.of(Theme.class).set().ofMinSize(1).ofMaxSize(3), Arbitraries.of(Contribution.class),
                Arbitraries.of(CooperationModel.class).set().ofMinSize(1).ofMaxSize(3), Arbitraries.of(COMMUNES), Arbitraries.of(Reach.class),
                Arbitraries.integers().between(0, 5000).injectNull(0.3), Arbitraries.integers().between(-3, 30).injectNull(0.5),
                Arbitraries.longs().between(0, java.time.Duration.ofDays(200).toNanos()))
                .as((themes, contribution, models, commune, reach, quantity, deadlineInDays, idleNanos) -> new MatchScoring.NeedFacts(
                        UUID.randomUUID(), UUID.randomUUID(), "besoin", themes, contribution, models, commune, reach,
                        quantity == null ? null : BigDecimal.valueOf(quantity),
                        deadlineInDays == null ? null : MatchScoringTests.TODAY.plusDays(deadlineInDays),
                        MatchScoringTests.NOW.minusNanos(idleNanos)));
    }

    @Provide
    Arbitrary<PartnerProfile> companies() {
        return Combinators.combine(Arbitraries.of(Theme.class).set().ofMaxSize(4),
                Arbitraries.maps(Arbitraries.of(Contribution.class), Arbitraries.integers().between(0, 10000)).ofMaxSize(3),
                Arbitraries.of(COMMUNES).set().ofMinSize(1).ofMaxSize(3), Arbitraries.of(Category.class).list().uniqueElements().ofMaxSize(2),
                Arbitraries.of(MaturityLevel.class).injectNull(0.3))
                .as((themes, contributions, communes, targets, maturity) -> new PartnerProfile(UUID.randomUUID(), themes,
                        Map.copyOf(contributions), communes, targets, maturity));
    }
}
