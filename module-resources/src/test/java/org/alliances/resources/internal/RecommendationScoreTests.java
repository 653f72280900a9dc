package org.alliances.resources.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.resources.Purpose;
import org.alliances.resources.Recommendation;
import org.alliances.resources.Resource;
import org.alliances.resources.ResourceStatus;
import org.alliances.resources.ResourceType;
import org.junit.jupiter.api.Test;

/** "Pour vous": each reason with its named weight, maturity and audience only on top of another reason. */
class RecommendationScoreTests {

    static Resource resource(Purpose purpose, Set<OrganizationType> audiences, Set<Category> categories, Set<CooperationModel> models) {
        return new Resource(UUID.randomUUID(), ResourceStatus.PUBLISHED, ResourceType.GUIDE, purpose, "Titre", "Résumé", "", null, null,
                2024, null, null, audiences, categories, models, Set.of(), null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    static RecommendationScore.Reader reader(ReaderProfiles.Profile profile, Set<CooperationModel> ongoing, Set<CooperationModel> next) {
        return new RecommendationScore.Reader(OrganizationType.ASSOCIATION, profile, ongoing, next);
    }

    static List<String> reasons(RecommendationScore.Scored scored) {
        return scored.recommendation().reasons().stream().map(Recommendation.Reason::messageKey).toList();
    }

    @Test
    void aModelUnderWayWeighsMostThenTheDiagnosisCategoriesThenTheNextModels() {
        var profile = new ReaderProfiles.Profile(null, List.of(Category.PATRONAGE));
        var everyReader = reader(profile, Set.of(CooperationModel.ACTIVE_ENGAGEMENT), Set.of(CooperationModel.EXPERTISE_SHARING));
        var none = Set.<OrganizationType>of();

        var ongoing = RecommendationScore.of(resource(Purpose.ACT, none, Set.of(), Set.of(CooperationModel.ACTIVE_ENGAGEMENT)), everyReader);
        var category = RecommendationScore.of(resource(Purpose.ACT, none, Set.of(Category.PATRONAGE), Set.of()), everyReader);
        var next = RecommendationScore.of(resource(Purpose.ACT, none, Set.of(), Set.of(CooperationModel.EXPERTISE_SHARING)), everyReader);

        assertThat(ongoing.orElseThrow().score()).isEqualTo(RecommendationScore.ONGOING_MODEL_WEIGHT);
        assertThat(reasons(ongoing.orElseThrow())).containsExactly("resources.reason.partnership");
        assertThat(category.orElseThrow().score()).isEqualTo(RecommendationScore.TOP_CATEGORY_WEIGHT);
        assertThat(next.orElseThrow().score()).isEqualTo(RecommendationScore.NEXT_MODEL_WEIGHT);
        assertThat(RecommendationScore.ONGOING_MODEL_WEIGHT).isGreaterThan(RecommendationScore.TOP_CATEGORY_WEIGHT)
                .isGreaterThan(RecommendationScore.NEXT_MODEL_WEIGHT);
    }

    @Test
    void maturityAndAudienceOnlyAddToAResourceThatAlreadySuits() {
        var lowMaturity = new ReaderProfiles.Profile(MaturityLevel.AWAKENING, List.of(Category.PATRONAGE));
        var forAssociations = Set.of(OrganizationType.ASSOCIATION);
        var unrelated = resource(Purpose.INFORM, forAssociations, Set.of(Category.SOCIETAL_INNOVATION), Set.of());
        assertThat(RecommendationScore.of(unrelated, reader(lowMaturity, Set.of(), Set.of()))).isEmpty();

        var informs = RecommendationScore.of(resource(Purpose.INFORM, forAssociations, Set.of(Category.PATRONAGE), Set.of()),
                reader(lowMaturity, Set.of(), Set.of())).orElseThrow();
        assertThat(informs.score()).isEqualTo(RecommendationScore.TOP_CATEGORY_WEIGHT + RecommendationScore.MATURITY_WEIGHT
                + RecommendationScore.AUDIENCE_WEIGHT);
        assertThat(reasons(informs)).containsExactly("resources.reason.category", "resources.reason.maturity.low",
                "resources.reason.audience.ASSOCIATION");

        var acts = RecommendationScore.of(resource(Purpose.ACT, Set.of(OrganizationType.COMPANY), Set.of(Category.PATRONAGE), Set.of()),
                reader(lowMaturity, Set.of(), Set.of())).orElseThrow();
        assertThat(acts.score()).as("to act is for structured partners; written for companies").isEqualTo(RecommendationScore.TOP_CATEGORY_WEIGHT);
    }

    @Test
    void withoutADiagnosisOnlyThePartnershipsCount() {
        var scored = RecommendationScore.of(resource(Purpose.ACT, Set.of(), Set.of(Category.PATRONAGE),
                Set.of(CooperationModel.TRADITIONAL_PATRONAGE, CooperationModel.ACTIVE_ENGAGEMENT)),
                reader(null, Set.of(CooperationModel.TRADITIONAL_PATRONAGE), Set.of(CooperationModel.ACTIVE_ENGAGEMENT))).orElseThrow();
        assertThat(scored.score()).isEqualTo(RecommendationScore.ONGOING_MODEL_WEIGHT + RecommendationScore.NEXT_MODEL_WEIGHT);
    }
}
