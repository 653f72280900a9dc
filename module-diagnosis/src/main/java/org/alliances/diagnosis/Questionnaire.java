package org.alliances.diagnosis;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

import org.alliances.kernel.Category;
import org.alliances.kernel.OrganizationType;

/**
 * One version of the questionnaire made for a type of organisation, read from a resource file so that it can be
 * revised without code. A diagnosis keeps the version it was taken with.
 */
public record Questionnaire(String version, OrganizationType organizationType, List<Step> steps) {

    public Questionnaire {
        steps = List.copyOf(steps);
    }

    public Optional<Step> step(String code) {
        return steps.stream().filter(step -> step.code().equals(code)).findFirst();
    }

    public int indexOf(Step step) {
        return steps.indexOf(step);
    }

    public Stream<Question> questions() {
        return steps.stream().flatMap(step -> step.questions().stream());
    }

    public Optional<Question> question(String code) {
        return questions().filter(question -> question.code().equals(code)).findFirst();
    }

    /** A text in French and English; French is the default. */
    public record Text(String fr, String en) {
        public String in(Locale locale) {
            return locale != null && "en".equals(locale.getLanguage()) && en != null ? en : fr;
        }
    }

    /** One page of the wizard. */
    public record Step(String code, Text title, Text intro, List<Question> questions) {
        public Step {
            questions = List.copyOf(questions);
        }
    }

    /** What a question is for: measuring maturity, saying what one can commit, or choosing priority objectives. */
    public enum QuestionKind {
        /** One answer on a scale from 0 to 3; scores its axis. */
        MATURITY,
        /** Several answers; each leans towards categories, as what one can bring shapes the form of a partnership. */
        COMMITMENT,
        /** Several answers; each leans strongly towards categories, as choosing a category starts from the objectives. */
        OBJECTIVE
    }

    /**
     * A question of the wizard. Every question needs an answer.
     *
     * @param axis the axis a maturity question scores; null for the other kinds
     * @param maxChoices how many answers may be chosen: 1 for a maturity question
     */
    public record Question(String code, QuestionKind kind, Axis axis, int maxChoices, Text label, Text help, List<Option> options) {
        public Question {
            options = List.copyOf(options);
            if (kind == QuestionKind.MATURITY) {
                maxChoices = 1;
            }
        }

        public boolean multiple() {
            return kind != QuestionKind.MATURITY;
        }

        public Optional<Option> option(String code) {
            return options.stream().filter(option -> option.code().equals(code)).findFirst();
        }
    }

    /**
     * A possible answer.
     *
     * @param level for a maturity question, from 0 (not yet) to 3 (co-construction); 0 otherwise
     * @param categories how strongly the answer leans towards each category, from 1 to 3
     */
    public record Option(String code, Text label, int level, Map<Category, Integer> categories) {
        public Option {
            categories = categories == null ? Map.of() : Map.copyOf(categories);
        }
    }
}
