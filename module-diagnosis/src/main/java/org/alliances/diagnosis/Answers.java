package org.alliances.diagnosis;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/** The answers given so far: for each question code, the codes of the options chosen. */
public record Answers(Map<String, Set<String>> byQuestion) {

    public Answers {
        var copy = new LinkedHashMap<String, Set<String>>();
        byQuestion.forEach((question, options) -> {
            if (options != null && !options.isEmpty()) {
                copy.put(question, Set.copyOf(options));
            }
        });
        byQuestion = Map.copyOf(copy);
    }

    public static Answers none() {
        return new Answers(Map.of());
    }

    public Set<String> of(String questionCode) {
        return byQuestion.getOrDefault(questionCode, Set.of());
    }

    public boolean hasAnswered(String questionCode) {
        return !of(questionCode).isEmpty();
    }

    /** These answers with one question's answers replaced. */
    public Answers with(String questionCode, Set<String> optionCodes) {
        var copy = new LinkedHashMap<>(byQuestion);
        copy.put(questionCode, new LinkedHashSet<>(optionCodes));
        return new Answers(copy);
    }

    /** These answers with all of {@code others} laid over them. */
    public Answers with(Answers others) {
        var copy = new LinkedHashMap<>(byQuestion);
        copy.putAll(others.byQuestion);
        return new Answers(copy);
    }
}
