package org.alliances.diagnosis;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** Answers for tests: a step answered at one maturity level, with the given choices for its other questions. */
public final class DiagnosisAnswers {

    private DiagnosisAnswers() {
    }

    public static Answers step(Questionnaire.Step step, int level, Map<String, Set<String>> choices) {
        var answers = new LinkedHashMap<String, Set<String>>();
        for (var question : step.questions()) {
            if (choices.containsKey(question.code())) {
                answers.put(question.code(), choices.get(question.code()));
            } else if (question.kind() == Questionnaire.QuestionKind.MATURITY) {
                answers.put(question.code(), Set.of(question.options().stream().filter(option -> option.level() == level)
                        .findFirst().orElseThrow().code()));
            } else {
                answers.put(question.code(), Set.of(question.options().getFirst().code()));
            }
        }
        return new Answers(answers);
    }

    /** Takes a whole diagnosis for the signed-in organisation and returns its result. */
    public static DiagnosisResult takeWhole(DiagnosisService diagnoses, int level, Map<String, Set<String>> choices) {
        var diagnosis = diagnoses.start();
        var steps = diagnosis.questionnaire().steps();
        for (var step : steps.subList(0, steps.size() - 1)) {
            diagnosis = diagnoses.saveStep(diagnosis.id(), step.code(), step(step, level, choices));
        }
        return diagnoses.complete(diagnosis.id(), steps.getLast().code(), step(steps.getLast(), level, choices));
    }
}
