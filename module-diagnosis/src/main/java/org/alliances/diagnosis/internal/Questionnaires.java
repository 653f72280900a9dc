package org.alliances.diagnosis.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import org.alliances.diagnosis.Axis;
import org.alliances.diagnosis.Questionnaire;
import org.alliances.diagnosis.Questionnaire.QuestionKind;
import org.alliances.kernel.OrganizationType;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every version of the questionnaires, read once from {@code diagnosis/questionnaires/*.json}, and which version
 * each type of organisation takes today ({@code current.properties}). A file that breaks a rule stops the start
 * with a message naming the file and the rule, so that a revision cannot reach users half-right.
 */
@Component
public class Questionnaires {

    static final String LOCATION = "diagnosis/questionnaires/";
    static final int FEWEST_STEPS = 4;
    static final int MOST_STEPS = 6;

    private final Map<String, Questionnaire> byVersion = new LinkedHashMap<>();
    private final Map<OrganizationType, Questionnaire> current = new EnumMap<>(OrganizationType.class);

    public Questionnaires() {
        var mapper = JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES).build();
        var resolver = new PathMatchingResourcePatternResolver(Questionnaires.class.getClassLoader());
        try {
            for (var resource : resolver.getResources("classpath*:" + LOCATION + "*.json")) {
                try (InputStream in = resource.getInputStream()) {
                    var questionnaire = mapper.readValue(in, Questionnaire.class);
                    var fileName = resource.getFilename();
                    check(questionnaire, fileName);
                    byVersion.put(questionnaire.version(), questionnaire);
                }
            }
            var currentVersions = new Properties();
            try (InputStream in = resolver.getResource("classpath:" + LOCATION + "current.properties").getInputStream()) {
                currentVersions.load(in);
            }
            for (var type : List.of(OrganizationType.ASSOCIATION, OrganizationType.COMPANY, OrganizationType.LOCAL_AUTHORITY)) {
                var version = currentVersions.getProperty(type.name());
                var questionnaire = byVersion.get(version);
                if (questionnaire == null || questionnaire.organizationType() != type) {
                    throw new IllegalStateException("current.properties: no questionnaire of type " + type + " with version " + version);
                }
                current.put(type, questionnaire);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The questionnaire this type of organisation takes today, if it takes one. */
    public Optional<Questionnaire> current(OrganizationType type) {
        return Optional.ofNullable(current.get(type));
    }

    public Optional<Questionnaire> find(String version) {
        return Optional.ofNullable(version == null ? null : byVersion.get(version));
    }

    static void check(Questionnaire questionnaire, String fileName) {
        var problems = new ArrayList<String>();
        if (!(questionnaire.version() + ".json").equals(fileName)) {
            problems.add("the version must be the file's name");
        }
        if (questionnaire.organizationType() == null) {
            problems.add("organizationType is missing");
        }
        if (questionnaire.steps().size() < FEWEST_STEPS || questionnaire.steps().size() > MOST_STEPS) {
            problems.add("a questionnaire has " + FEWEST_STEPS + " to " + MOST_STEPS + " steps");
        }
        var stepCodes = new HashSet<String>();
        var questionCodes = new HashSet<String>();
        var objectiveCodes = new HashSet<String>();
        var axes = new HashSet<Axis>();
        boolean objectives = false;
        for (var step : questionnaire.steps()) {
            if (!stepCodes.add(step.code())) {
                problems.add("step " + step.code() + " appears twice");
            }
            if (step.title() == null || step.questions().isEmpty()) {
                problems.add("step " + step.code() + " needs a title and questions");
            }
            for (var question : step.questions()) {
                var name = "question " + question.code();
                if (!questionCodes.add(question.code())) {
                    problems.add(name + " appears twice");
                }
                if (question.kind() == null || question.label() == null || question.options().size() < 2) {
                    problems.add(name + " needs a kind, a label and at least two options");
                    continue;
                }
                var optionCodes = new HashSet<String>();
                for (var option : question.options()) {
                    if (option.code() == null || !optionCodes.add(option.code()) || option.label() == null) {
                        problems.add(name + ": each option needs its own code and a label");
                    }
                    if (question.kind() == QuestionKind.MATURITY && (option.level() < 0 || option.level() > Scoring.TOP_LEVEL)) {
                        problems.add(name + ": levels go from 0 to " + Scoring.TOP_LEVEL);
                    }
                    if (question.kind() != QuestionKind.MATURITY && (option.categories().isEmpty()
                            || option.categories().values().stream().anyMatch(weight -> weight < 1 || weight > 3))) {
                        problems.add(name + ": option " + option.code() + " must lean towards categories with weights from 1 to 3");
                    }
                    if (question.kind() == QuestionKind.OBJECTIVE && !objectiveCodes.add(option.code())) {
                        problems.add("objective " + option.code() + " appears twice");
                    }
                }
                if (question.kind() == QuestionKind.MATURITY) {
                    if (question.axis() == null) {
                        problems.add(name + " needs an axis");
                    } else {
                        axes.add(question.axis());
                    }
                } else if (question.maxChoices() < 1 || question.maxChoices() > question.options().size()) {
                    problems.add(name + ": maxChoices goes from 1 to the number of options");
                }
                objectives |= question.kind() == QuestionKind.OBJECTIVE;
            }
        }
        if (axes.size() != Axis.values().length) {
            problems.add("every axis needs at least one question");
        }
        if (!objectives) {
            problems.add("an objectives question is needed");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("Questionnaire " + fileName + ": " + String.join("; ", problems));
        }
    }
}
