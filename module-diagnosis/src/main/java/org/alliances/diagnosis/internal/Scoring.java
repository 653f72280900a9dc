package org.alliances.diagnosis.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliances.diagnosis.Answers;
import org.alliances.diagnosis.Assessment;
import org.alliances.diagnosis.Assessment.RankedCategory;
import org.alliances.diagnosis.Assessment.Reason;
import org.alliances.diagnosis.Assessment.ReasonKind;
import org.alliances.diagnosis.Axis;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.diagnosis.Questionnaire;
import org.alliances.diagnosis.Questionnaire.QuestionKind;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;

/**
 * Turns a complete set of answers into an {@link Assessment}. Pure: no database, no clock, the same answers always
 * give the same result. The rules, in order:
 * <ol>
 *     <li>each axis scores the mean level of its maturity questions, from 0 to 100; the overall score is the mean
 *     of the axes, and gives the {@link MaturityLevel};</li>
 *     <li>each category adds up the points of the answers that lean towards it (objectives weigh most), plus a
 *     maturity fit: entry doors suit a low maturity, co-construction categories a high one;</li>
 *     <li>the categories are ranked by points; <b>at low maturity an entry door comes first</b>, whatever the points;</li>
 *     <li>the models to consider are those of the best categories; at low maturity only the models of an entry-door
 *     category, starting with the entry-door model itself.</li>
 * </ol>
 */
public final class Scoring {

    /** Answers to maturity questions go from 0 (not yet) to 3 (co-construction). */
    static final int TOP_LEVEL = 3;

    /** Choosing a category starts from one's priority objectives (the typology's own advice): they weigh most. */
    static final int POINTS_PER_OBJECTIVE_WEIGHT = 3;

    /** What one can bring shapes the form of a partnership more than its purpose: it weighs less than an objective. */
    static final int POINTS_PER_COMMITMENT_WEIGHT = 1;

    /** Entry doors are simple to start; economic cooperation and societal innovation need experience and trust. */
    static final int MATURITY_FIT_POINTS = 2;

    /** A crossroads model joining the two best categories is the natural bridge between them. */
    static final double CROSSROADS_BONUS = 1.0;

    /** Enough models to choose from, few enough to read. */
    static final int MODELS_TO_CONSIDER = 3;

    private Scoring() {
    }

    /**
     * @throws IllegalArgumentException when a question of the questionnaire has no answer or an unknown one
     */
    public static Assessment assess(Questionnaire questionnaire, Answers answers) {
        var axisScores = axisScores(questionnaire, answers);
        int overall = (int) Math.round(axisScores.values().stream().mapToInt(Integer::intValue).average().orElse(0));
        var level = MaturityLevel.of(overall);

        var points = new EnumMap<Category, Integer>(Category.class);
        var reasons = new EnumMap<Category, List<Reason>>(Category.class);
        for (var category : Category.values()) {
            points.put(category, 0);
            reasons.put(category, new ArrayList<>());
        }
        var objectives = new ArrayList<String>();
        questionnaire.questions().filter(question -> question.kind() != QuestionKind.MATURITY).forEach(question -> {
            int perWeight = question.kind() == QuestionKind.OBJECTIVE ? POINTS_PER_OBJECTIVE_WEIGHT : POINTS_PER_COMMITMENT_WEIGHT;
            var kind = question.kind() == QuestionKind.OBJECTIVE ? ReasonKind.OBJECTIVE : ReasonKind.COMMITMENT;
            for (var option : question.options()) {
                if (!answers.of(question.code()).contains(option.code())) {
                    continue;
                }
                if (question.kind() == QuestionKind.OBJECTIVE) {
                    objectives.add(option.code());
                }
                option.categories().forEach((category, weight) -> {
                    points.merge(category, weight * perWeight, Integer::sum);
                    reasons.get(category).add(new Reason(kind, question.code(), option.code(), weight * perWeight));
                });
            }
        });
        for (var category : Category.values()) {
            if (category.isEntryDoor() == level.isLow()) {
                points.merge(category, MATURITY_FIT_POINTS, Integer::sum);
                reasons.get(category).add(new Reason(ReasonKind.MATURITY_FIT, null, level.name(), MATURITY_FIT_POINTS));
            }
        }

        var ranking = new ArrayList<>(List.of(Category.values()));
        ranking.sort(Comparator.comparing((Category category) -> points.get(category)).reversed()
                .thenComparing(category -> !category.isEntryDoor())
                .thenComparing(Category::ordinal));
        if (level.isLow()) {
            var entryDoor = ranking.stream().filter(Category::isEntryDoor).findFirst().orElseThrow();
            ranking.remove(entryDoor);
            ranking.addFirst(entryDoor);
            reasons.get(entryDoor).add(new Reason(ReasonKind.ENTRY_DOOR_FIRST, null, level.name(), 0));
        }
        var ranked = ranking.stream().map(category -> new RankedCategory(category, points.get(category), reasons.get(category))).toList();
        return new Assessment(overall, level, axisScores, ranked, models(ranking, points, level), objectives, level.isLow());
    }

    static Map<Axis, Integer> axisScores(Questionnaire questionnaire, Answers answers) {
        var sums = new EnumMap<Axis, Integer>(Axis.class);
        var counts = new EnumMap<Axis, Integer>(Axis.class);
        questionnaire.questions().filter(question -> question.kind() == QuestionKind.MATURITY).forEach(question -> {
            var chosen = answers.of(question.code());
            if (chosen.size() != 1) {
                throw new IllegalArgumentException("Question " + question.code() + " needs exactly one answer");
            }
            var option = question.option(chosen.iterator().next())
                    .orElseThrow(() -> new IllegalArgumentException("Unknown answer to " + question.code()));
            sums.merge(question.axis(), option.level(), Integer::sum);
            counts.merge(question.axis(), 1, Integer::sum);
        });
        var scores = new LinkedHashMap<Axis, Integer>();
        for (var axis : Axis.values()) {
            if (counts.containsKey(axis)) {
                scores.put(axis, (int) Math.round(100.0 * sums.get(axis) / (TOP_LEVEL * counts.get(axis))));
            }
        }
        return scores;
    }

    static List<CooperationModel> models(List<Category> ranking, Map<Category, Integer> points, MaturityLevel level) {
        var bestTwo = ranking.subList(0, 2);
        var candidates = new ArrayList<CooperationModel>();
        for (var model : CooperationModel.values()) {
            if (!level.isLow() || model.categories().stream().anyMatch(Category::isEntryDoor)) {
                candidates.add(model);
            }
        }
        Comparator<CooperationModel> byScore = Comparator.comparingDouble((CooperationModel model) -> {
            double score = model.categories().stream().mapToInt(points::get).average().orElse(0);
            return bestTwo.containsAll(model.categories()) && model.isCrossroads() ? score + CROSSROADS_BONUS : score;
        }).reversed().thenComparing(CooperationModel::ordinal);
        candidates.sort(byScore);
        var result = new ArrayList<CooperationModel>();
        if (level.isLow()) {
            var first = ranking.getFirst();
            var entryModel = first.models().stream().filter(CooperationModel::isEntryDoor).findFirst().orElseThrow();
            result.add(entryModel);
        }
        for (var model : candidates) {
            if (result.size() == MODELS_TO_CONSIDER) {
                break;
            }
            if (!result.contains(model)) {
                result.add(model);
            }
        }
        return List.copyOf(result);
    }
}
