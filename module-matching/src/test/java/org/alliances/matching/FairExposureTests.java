package org.alliances.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliances.matching.MatchingService.Ranked;
import org.junit.jupiter.api.Test;

/**
 * Fair exposure: among near-equal scores (the same band of 5 points) the organisation with fewer pending interests
 * comes first; a clearly better score always stays ahead.
 */
class FairExposureTests {

    static Ranked ranked(String name, int score, long pending) {
        return new Ranked(new Recommendation(UUID.randomUUID(), "besoin", UUID.randomUUID(), name, score, List.of()), pending);
    }

    static List<String> order(Ranked... ranked) {
        var list = new ArrayList<>(List.of(ranked));
        list.sort(MatchingService.FAIR_ORDER);
        return list.stream().map(item -> item.recommendation().organizationName()).toList();
    }

    @Test
    void amongNearEqualScoresFewerPendingInterestsComeFirst() {
        assertThat(order(ranked("sollicitée", 84, 12), ranked("discrète", 82, 0), ranked("moyenne", 83, 3)))
                .containsExactly("discrète", "moyenne", "sollicitée");
    }

    @Test
    void aClearlyBetterScoreStaysAheadWhateverItsPendingInterests() {
        assertThat(order(ranked("discrète", 70, 0), ranked("sollicitée", 90, 40))).containsExactly("sollicitée", "discrète");
    }

    @Test
    void equalScoresAndPendingInterestsKeepAStableOrderByName() {
        assertThat(order(ranked("Zeta", 60, 1), ranked("Alpha", 60, 1))).containsExactly("Alpha", "Zeta");
    }
}
