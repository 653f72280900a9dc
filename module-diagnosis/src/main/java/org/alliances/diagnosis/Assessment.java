package org.alliances.diagnosis;

import java.util.List;
import java.util.Map;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;

/**
 * What a complete set of answers says about an organisation: its maturity, overall and per axis, the four
 * categories ranked for it with the reasons behind each score, and the cooperation models to consider.
 *
 * @param overallScore from 0 to 100, the mean of the axis scores
 * @param entryDoorFirst whether the low-maturity rule put an entry door in first place
 * @param objectives the codes of the priority objectives chosen
 */
public record Assessment(int overallScore, MaturityLevel level, Map<Axis, Integer> axisScores,
                         List<RankedCategory> categories, List<CooperationModel> models, List<String> objectives,
                         boolean entryDoorFirst) {

    public Assessment {
        axisScores = Map.copyOf(axisScores);
        categories = List.copyOf(categories);
        models = List.copyOf(models);
        objectives = List.copyOf(objectives);
    }

    public List<Category> rankedCategories() {
        return categories.stream().map(RankedCategory::category).toList();
    }

    /** A category with its score for this organisation and the reasons that make it up. */
    public record RankedCategory(Category category, int score, List<Reason> reasons) {
        public RankedCategory {
            reasons = List.copyOf(reasons);
        }
    }

    /** Why a category scored: an answer (question and option codes) or a rule, with the points it gave. */
    public record Reason(ReasonKind kind, String questionCode, String optionCode, int points) {
    }

    public enum ReasonKind {
        /** A priority objective chosen. */
        OBJECTIVE,
        /** Something the organisation said it can commit. */
        COMMITMENT,
        /** How well the category suits the organisation's maturity. */
        MATURITY_FIT,
        /** The low-maturity rule: an entry door first. */
        ENTRY_DOOR_FIRST
    }
}
