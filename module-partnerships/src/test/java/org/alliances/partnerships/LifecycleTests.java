package org.alliances.partnerships;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.alliances.kernel.CooperationModel;
import org.junit.jupiter.api.Test;

/**
 * Every pair of stages on every path, against the journey as the issue and the typology describe it, written out here
 * by hand: a change to the lifecycle's tables that is not also made here fails.
 */
class LifecycleTests {

    /** "from>to" pairs allowed on each path. */
    static final Map<Path, Set<String>> EXPECTED = Map.of(
            Path.PATRONAGE, Set.of(
                    "PROPOSED>ACTIVE", "PROPOSED>DECLINED",
                    "EMERGENCE>ACTIVE", "EMERGENCE>ENDED",
                    "ACTIVE>EVALUATION", "ACTIVE>ENDED",
                    "EVALUATION>ACTIVE", "EVALUATION>ENDED"),
            Path.RESPONSIBLE_PRACTICES, Set.of(
                    "PROPOSED>ACTIVE", "PROPOSED>DECLINED",
                    "EMERGENCE>CONSTRUCTION", "EMERGENCE>ENDED",
                    "CONSTRUCTION>ACTIVE", "CONSTRUCTION>ENDED",
                    "ACTIVE>EVALUATION", "ACTIVE>ENDED",
                    "EVALUATION>ACTIVE", "EVALUATION>ENDED"),
            Path.CO_CONSTRUCTION, Set.of(
                    "PROPOSED>ACTIVE", "PROPOSED>DECLINED",
                    "EMERGENCE>CONSTRUCTION", "EMERGENCE>ENDED",
                    "CONSTRUCTION>PROOF_OF_CONCEPT", "CONSTRUCTION>ENDED",
                    "PROOF_OF_CONCEPT>ACTIVE", "PROOF_OF_CONCEPT>CONSTRUCTION", "PROOF_OF_CONCEPT>ENDED",
                    "ACTIVE>SCALING", "ACTIVE>EVALUATION", "ACTIVE>ENDED",
                    "SCALING>EVALUATION", "SCALING>ENDED",
                    "EVALUATION>ACTIVE", "EVALUATION>ENDED"));

    @Test
    void everyPairOfStagesIsAllowedOrRefusedExactlyAsTheJourneySays() {
        int checked = 0;
        for (var path : Path.values()) {
            var allowed = new HashSet<String>();
            for (var from : Stage.values()) {
                for (var to : Stage.values()) {
                    checked++;
                    if (Lifecycle.allows(path, from, to)) {
                        allowed.add(from + ">" + to);
                    }
                }
            }
            assertThat(allowed).as(path.name()).containsExactlyInAnyOrderElementsOf(EXPECTED.get(path));
        }
        assertThat(checked).isEqualTo(3 * 9 * 9);
    }

    @Test
    void nothingLeavesAFinalStageAndNothingGoesBackToAProposal() {
        for (var path : Path.values()) {
            assertThat(Lifecycle.next(path, Stage.ENDED)).isEmpty();
            assertThat(Lifecycle.next(path, Stage.DECLINED)).isEmpty();
            for (var from : Stage.values()) {
                assertThat(Lifecycle.allows(path, from, Stage.PROPOSED)).isFalse();
                assertThat(Lifecycle.allows(path, from, null)).isFalse();
            }
        }
    }

    @Test
    void theCategoryOfTheModelSetsThePath() {
        var paths = Arrays.stream(CooperationModel.values()).collect(Collectors.toMap(model -> model, Path::of));
        assertThat(paths).containsExactlyInAnyOrderEntriesOf(Map.of(
                CooperationModel.TRADITIONAL_PATRONAGE, Path.PATRONAGE,
                CooperationModel.ACTIVE_ENGAGEMENT, Path.PATRONAGE,
                CooperationModel.EXPERTISE_SHARING, Path.CO_CONSTRUCTION,
                CooperationModel.SOCIETAL_RD, Path.CO_CONSTRUCTION,
                CooperationModel.HYBRID_MODEL, Path.CO_CONSTRUCTION,
                CooperationModel.JOINT_OFFER, Path.CO_CONSTRUCTION,
                CooperationModel.GENERAL_INTEREST_ALTERNATIVE, Path.CO_CONSTRUCTION,
                CooperationModel.PRACTICES_AUDIT, Path.RESPONSIBLE_PRACTICES,
                CooperationModel.SERVICE_PROVISION, Path.RESPONSIBLE_PRACTICES));
        assertThat(Path.PATRONAGE.milestones()).doesNotContain(Stage.CONSTRUCTION, Stage.PROOF_OF_CONCEPT, Stage.SCALING);
        assertThat(Path.CO_CONSTRUCTION.milestones()).contains(Stage.PROOF_OF_CONCEPT, Stage.SCALING);
    }

    @Test
    void theUsualNextStepFollowsThePathAndAnEvolutionRestartsAtTheAgreement() {
        assertThat(Lifecycle.usualNext(Path.PATRONAGE, Stage.EMERGENCE)).contains(Stage.ACTIVE);
        assertThat(Lifecycle.usualNext(Path.CO_CONSTRUCTION, Stage.CONSTRUCTION)).contains(Stage.PROOF_OF_CONCEPT);
        assertThat(Lifecycle.usualNext(Path.CO_CONSTRUCTION, Stage.ACTIVE)).contains(Stage.SCALING);
        assertThat(Lifecycle.usualNext(Path.CO_CONSTRUCTION, Stage.EVALUATION)).isEmpty();
        assertThat(Path.PATRONAGE.restartsAt()).isEqualTo(Stage.ACTIVE);
        assertThat(Path.CO_CONSTRUCTION.restartsAt()).isEqualTo(Stage.CONSTRUCTION);
        assertThat(Lifecycle.EVOLVES_FROM).containsExactlyInAnyOrder(Stage.ACTIVE, Stage.EVALUATION);
    }
}
