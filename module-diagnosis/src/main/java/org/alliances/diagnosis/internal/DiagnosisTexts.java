package org.alliances.diagnosis.internal;

import java.util.Locale;

import org.alliances.diagnosis.Assessment.Reason;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.diagnosis.Questionnaire;
import org.alliances.kernel.Category;

/**
 * Says in words why a category scored, from the questionnaire a result was taken with, so that the result page and
 * the PDF report give the same reasons.
 */
public final class DiagnosisTexts {

    /** Translates a message key with its parameters (Vaadin's {@code getTranslation}, or the I18NProvider). */
    @FunctionalInterface
    public interface Translator {
        String get(String key, Object... parameters);
    }

    private DiagnosisTexts() {
    }

    public static String reason(Reason reason, Category category, Questionnaire questionnaire, Translator texts, Locale locale) {
        var sentence = switch (reason.kind()) {
            case OBJECTIVE, COMMITMENT -> texts.get("diagnosis.reason." + reason.kind().name(),
                    optionLabel(questionnaire, reason.questionCode(), reason.optionCode(), locale));
            case MATURITY_FIT -> texts.get(category.isEntryDoor() ? "diagnosis.reason.MATURITY_FIT.entry" : "diagnosis.reason.MATURITY_FIT.cobuilding",
                    texts.get(MaturityLevel.valueOf(reason.optionCode()).labelKey()));
            case ENTRY_DOOR_FIRST -> texts.get("diagnosis.reason.ENTRY_DOOR_FIRST");
        };
        return reason.points() > 0 ? sentence + " " + texts.get("diagnosis.reason.points", reason.points()) : sentence;
    }

    /** The label of an option in the questionnaire, or its code when the questionnaire no longer has it. */
    public static String optionLabel(Questionnaire questionnaire, String questionCode, String optionCode, Locale locale) {
        return questionnaire.question(questionCode).flatMap(question -> question.option(optionCode))
                .map(option -> option.label().in(locale)).orElse(optionCode);
    }

    /** The label of an objective, whichever objectives question it belongs to. */
    public static String objectiveLabel(Questionnaire questionnaire, String optionCode, Locale locale) {
        return questionnaire.questions().filter(question -> question.kind() == Questionnaire.QuestionKind.OBJECTIVE)
                .flatMap(question -> question.options().stream()).filter(option -> option.code().equals(optionCode))
                .findFirst().map(option -> option.label().in(locale)).orElse(optionCode);
    }
}
