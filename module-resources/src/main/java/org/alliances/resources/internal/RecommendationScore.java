package org.alliances.resources.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.resources.Purpose;
import org.alliances.resources.Recommendation;
import org.alliances.resources.Resource;

/**
 * How well a published resource suits an organisation for "Pour vous", with the reasons shown to it. Pure: what the
 * organisation is doing weighs most (a model of its partnerships under way), then what its diagnosis says it should
 * aim at (its best categories), then where its journey may go next (the neighbours of those models); its maturity
 * and its type only add to a resource that already suits it.
 */
public final class RecommendationScore {

    /** A resource about a model of a partnership under way helps at once. */
    static final int ONGOING_MODEL_WEIGHT = 4;
    /** A resource about one of the categories the diagnosis ranked first. */
    static final int TOP_CATEGORY_WEIGHT = 3;
    /** A resource about a model next to one under way: the natural next step of the journey. */
    static final int NEXT_MODEL_WEIGHT = 2;
    /** To inform at low maturity, to act once structured; only on top of another reason. */
    static final int MATURITY_WEIGHT = 1;
    /** Written for this type of organisation; only on top of another reason. */
    static final int AUDIENCE_WEIGHT = 1;

    /** What is known of the organisation: its latest diagnosis (may be absent), its models under way and their neighbours. */
    public record Reader(OrganizationType type, ReaderProfiles.Profile profile, Set<CooperationModel> ongoing, Set<CooperationModel> next) {
    }

    /** A resource with its score and reasons. */
    public record Scored(int score, Recommendation recommendation) {
    }

    private RecommendationScore() {
    }

    /** The resource's score for this reader and why; empty when nothing makes it suit the reader. */
    public static Optional<Scored> of(Resource resource, Reader reader) {
        int score = 0;
        var reasons = new ArrayList<Recommendation.Reason>();
        var ongoing = resource.models().stream().filter(reader.ongoing()::contains).findFirst();
        if (ongoing.isPresent()) {
            score += ONGOING_MODEL_WEIGHT;
            reasons.add(new Recommendation.Reason("resources.reason.partnership", List.of(ongoing.get().labelKey())));
        }
        var next = resource.models().stream().filter(reader.next()::contains).findFirst();
        if (next.isPresent()) {
            score += NEXT_MODEL_WEIGHT;
            reasons.add(new Recommendation.Reason("resources.reason.next-model", List.of(next.get().labelKey())));
        }
        var profile = reader.profile();
        if (profile != null) {
            var category = profile.topCategories().stream().filter(resource.categories()::contains).findFirst();
            if (category.isPresent()) {
                score += TOP_CATEGORY_WEIGHT;
                reasons.add(new Recommendation.Reason("resources.reason.category", List.of(category.get().labelKey())));
            }
            var maturity = profile.maturity();
            if (maturity != null && score > 0
                    && (maturity.isLow() ? resource.purpose() != Purpose.ACT : resource.purpose() != Purpose.INFORM)) {
                score += MATURITY_WEIGHT;
                reasons.add(new Recommendation.Reason("resources.reason.maturity." + (maturity.isLow() ? "low" : "high"),
                        List.of(maturity.labelKey())));
            }
        }
        if (score > 0 && resource.audiences().contains(reader.type())) {
            score += AUDIENCE_WEIGHT;
            reasons.add(new Recommendation.Reason("resources.reason.audience." + reader.type().name(), List.of()));
        }
        return score > 0 ? Optional.of(new Scored(score, new Recommendation(resource, List.copyOf(reasons)))) : Optional.empty();
    }
}
