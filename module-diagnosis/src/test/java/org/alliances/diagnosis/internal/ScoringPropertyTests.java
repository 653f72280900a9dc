package org.alliances.diagnosis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliances.diagnosis.Answers;
import org.alliances.diagnosis.Questionnaire;
import org.alliances.diagnosis.Questionnaire.QuestionKind;
import org.alliances.kernel.Category;
import org.alliances.kernel.OrganizationType;

/** What holds for every complete set of answers, of every type of organisation. */
class ScoringPropertyTests {

    @Property(tries = 300)
    void everyCompleteAnswerSetYieldsALevelAndARankingOfAllFourCategories(@ForAll("completeAnswers") Answered answered) {
        var assessment = Scoring.assess(answered.questionnaire(), answered.answers());

        assertThat(assessment.level()).isNotNull();
        assertThat(assessment.overallScore()).isBetween(0, 100);
        assertThat(assessment.rankedCategories()).containsExactlyInAnyOrder(Category.values());
        assertThat(assessment.models()).isNotEmpty().doesNotHaveDuplicates();
        if (assessment.level().isLow()) {
            assertThat(assessment.rankedCategories().getFirst().isEntryDoor()).isTrue();
        }
    }

    @Property(tries = 300)
    void raisingOneAnswerNeverLowersThatAxis(@ForAll("completeAnswers") Answered answered, @ForAll("anyIndex") int pick) {
        var questionnaire = answered.questionnaire();
        var maturity = questionnaire.questions().filter(question -> question.kind() == QuestionKind.MATURITY).toList();
        var question = maturity.get(pick % maturity.size());
        var current = question.option(answered.answers().of(question.code()).iterator().next()).orElseThrow();
        var before = Scoring.assess(questionnaire, answered.answers());
        for (var higher : question.options()) {
            if (higher.level() > current.level()) {
                var after = Scoring.assess(questionnaire, answered.answers().with(question.code(), Set.of(higher.code())));
                assertThat(after.axisScores().get(question.axis())).isGreaterThanOrEqualTo(before.axisScores().get(question.axis()));
                assertThat(after.overallScore()).isGreaterThanOrEqualTo(before.overallScore());
            }
        }
    }

    record Answered(Questionnaire questionnaire, Answers answers) {
    }

    @Provide
    Arbitrary<Integer> anyIndex() {
        return Arbitraries.integers().between(0, 1000);
    }

    @Provide
    Arbitrary<Answered> completeAnswers() {
        return Arbitraries.of(OrganizationType.ASSOCIATION, OrganizationType.COMPANY, OrganizationType.LOCAL_AUTHORITY)
                .map(type -> ScoringTests.QUESTIONNAIRES.current(type).orElseThrow())
                .flatMap(questionnaire -> {
                    List<Arbitrary<Set<String>>> perQuestion = new ArrayList<>();
                    var questions = questionnaire.questions().toList();
                    for (var question : questions) {
                        var codes = question.options().stream().map(Questionnaire.Option::code).toList();
                        perQuestion.add(Arbitraries.of(codes).set().ofMinSize(1).ofMaxSize(question.maxChoices()));
                    }
                    return Combinators.combine(perQuestion).as(chosen -> {
                        var answers = new HashMap<String, Set<String>>();
                        for (int i = 0; i < questions.size(); i++) {
                            answers.put(questions.get(i).code(), new HashSet<>(chosen.get(i)));
                        }
                        return new Answered(questionnaire, new Answers(answers));
                    });
                });
    }
}
