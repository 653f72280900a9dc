package org.alliances.diagnosis.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliances.diagnosis.Answers;
import org.alliances.diagnosis.Assessment.ReasonKind;
import org.alliances.diagnosis.Axis;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.diagnosis.Questionnaire;
import org.alliances.diagnosis.Questionnaire.QuestionKind;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.junit.jupiter.api.Test;

/** The scoring on named profiles, as an organisation of each kind would answer. */
class ScoringTests {

    static final Questionnaires QUESTIONNAIRES = new Questionnaires();

    static Questionnaire questionnaire(OrganizationType type) {
        return QUESTIONNAIRES.current(type).orElseThrow();
    }

    /** Every maturity question answered at the same level, and the given answers to the other questions. */
    static Answers profile(Questionnaire questionnaire, int level, Map<String, Set<String>> choices) {
        var answers = new HashMap<String, Set<String>>();
        questionnaire.questions().filter(question -> question.kind() == QuestionKind.MATURITY).forEach(question ->
                answers.put(question.code(), Set.of(question.options().stream().filter(option -> option.level() == level)
                        .findFirst().orElseThrow().code())));
        answers.putAll(choices);
        return new Answers(answers);
    }

    @Test
    void aCompanyNewToPartnershipsSeekingStaffEngagementAndLocalRootsStartsWithPatronage() {
        var company = questionnaire(OrganizationType.COMPANY);
        var assessment = Scoring.assess(company, profile(company, 0, Map.of(
                "commitment.contributions", Set.of("money", "employee_volunteering"),
                "objectives.priorities", Set.of("staff_engagement", "values_local_roots"))));

        assertThat(assessment.level()).isEqualTo(MaturityLevel.AWAKENING);
        assertThat(assessment.overallScore()).isZero();
        assertThat(assessment.rankedCategories().getFirst()).isEqualTo(Category.PATRONAGE);
        assertThat(assessment.models().getFirst()).isEqualTo(CooperationModel.TRADITIONAL_PATRONAGE);
        assertThat(assessment.entryDoorFirst()).isTrue();
        var patronage = assessment.categories().getFirst();
        assertThat(patronage.reasons()).extracting(reason -> reason.kind() + ":" + reason.optionCode())
                .contains("OBJECTIVE:staff_engagement", "OBJECTIVE:values_local_roots", "COMMITMENT:money");
        assertThat(assessment.objectives()).containsExactlyInAnyOrder("staff_engagement", "values_local_roots");
    }

    @Test
    void anExperiencedCompanySeekingAnOfferWithASocialActorGetsEconomicCooperationAmongItsFirstTwo() {
        var company = questionnaire(OrganizationType.COMPANY);
        var assessment = Scoring.assess(company, profile(company, 3, Map.of(
                "commitment.contributions", Set.of("market_access", "research"),
                "objectives.priorities", Set.of("offer_with_social_actor"))));

        assertThat(assessment.level()).isEqualTo(MaturityLevel.CO_BUILDING);
        assertThat(assessment.rankedCategories().subList(0, 2)).contains(Category.ECONOMIC_COOPERATION);
        assertThat(assessment.entryDoorFirst()).isFalse();
        assertThat(assessment.models()).contains(CooperationModel.JOINT_OFFER);
    }

    @Test
    void atLowMaturityAnEntryDoorComesFirstEvenWhenTheObjectivesPointElsewhere() {
        var association = questionnaire(OrganizationType.ASSOCIATION);
        var assessment = Scoring.assess(association, profile(association, 1, Map.of(
                "commitment.contributions", Set.of("innovation"),
                "objectives.priorities", Set.of("scale_innovation"))));

        assertThat(assessment.level()).isEqualTo(MaturityLevel.EXPERIMENTING);
        assertThat(assessment.rankedCategories().getFirst().isEntryDoor()).isTrue();
        assertThat(assessment.categories().getFirst().reasons()).extracting(reason -> reason.kind())
                .contains(ReasonKind.ENTRY_DOOR_FIRST);
        assertThat(assessment.models()).allSatisfy(model -> assertThat(model.categories()).anyMatch(Category::isEntryDoor));
        assertThat(assessment.models().getFirst().isEntryDoor()).isTrue();
    }

    @Test
    void theSameAssociationOnceStructuredIsToldToScaleItsInnovation() {
        var association = questionnaire(OrganizationType.ASSOCIATION);
        var assessment = Scoring.assess(association, profile(association, 2, Map.of(
                "commitment.contributions", Set.of("innovation"),
                "objectives.priorities", Set.of("scale_innovation"))));

        assertThat(assessment.level()).isEqualTo(MaturityLevel.STRUCTURED);
        assertThat(assessment.rankedCategories().getFirst()).isEqualTo(Category.SOCIETAL_INNOVATION);
        assertThat(assessment.models()).contains(CooperationModel.SOCIETAL_RD);
    }

    @Test
    void anAssociationSellingItsExpertiseIsToldAboutResponsiblePracticesAndServiceProvision() {
        var association = questionnaire(OrganizationType.ASSOCIATION);
        var assessment = Scoring.assess(association, profile(association, 0, Map.of(
                "commitment.contributions", Set.of("services", "field_expertise"),
                "objectives.priorities", Set.of("sell_expertise", "change_practices"))));

        assertThat(assessment.rankedCategories().getFirst()).isEqualTo(Category.RESPONSIBLE_PRACTICES);
        assertThat(assessment.models().getFirst()).isEqualTo(CooperationModel.SERVICE_PROVISION);
    }

    @Test
    void aLocalAuthorityThatFundsProjectsAndWantsBusinessEngagementIsToldAboutPatronage() {
        var authority = questionnaire(OrganizationType.LOCAL_AUTHORITY);
        var assessment = Scoring.assess(authority, profile(authority, 1, Map.of(
                "commitment.contributions", Set.of("subsidies"),
                "objectives.role", Set.of("fund"),
                "objectives.priorities", Set.of("business_engagement"))));

        assertThat(assessment.rankedCategories().getFirst()).isEqualTo(Category.PATRONAGE);
        assertThat(assessment.objectives()).containsExactly("fund", "business_engagement");
    }

    @Test
    void axisScoresAreTheMeanLevelOfTheirQuestionsOnAHundred() {
        var company = questionnaire(OrganizationType.COMPANY);
        var answers = profile(company, 3, Map.of("commitment.contributions", Set.of("money"), "objectives.priorities", Set.of("csr_policy")))
                .with("experience.history", Set.of("occasional"));
        var assessment = Scoring.assess(company, answers);

        // experience: levels 1 and 3 of 3 each → 67
        assertThat(assessment.axisScores()).containsEntry(Axis.EXPERIENCE, 67).containsEntry(Axis.STRATEGY, 100);
        assertThat(assessment.overallScore()).isEqualTo(Math.round((67 + 100 * 4) / 5f));
    }

    @Test
    void levelsStartAtTheirThresholds() {
        assertThat(List.of(0, 29, 30, 54, 55, 79, 80, 100).stream().map(MaturityLevel::of).toList()).containsExactly(
                MaturityLevel.AWAKENING, MaturityLevel.AWAKENING, MaturityLevel.EXPERIMENTING, MaturityLevel.EXPERIMENTING,
                MaturityLevel.STRUCTURED, MaturityLevel.STRUCTURED, MaturityLevel.CO_BUILDING, MaturityLevel.CO_BUILDING);
    }

    @Test
    void everyTypeHasAQuestionnaireOfFourToSixSteps() {
        for (var type : List.of(OrganizationType.ASSOCIATION, OrganizationType.COMPANY, OrganizationType.LOCAL_AUTHORITY)) {
            var questionnaire = questionnaire(type);
            assertThat(questionnaire.organizationType()).isEqualTo(type);
            assertThat(questionnaire.steps()).hasSizeBetween(4, 6);
            assertThat(questionnaire.steps().getLast().code()).isEqualTo("objectives");
        }
        assertThat(QUESTIONNAIRES.current(OrganizationType.PLATFORM)).isEmpty();
    }

    @Test
    void aQuestionnaireThatBreaksARuleIsRefusedWithTheRuleNamed() {
        var company = questionnaire(OrganizationType.COMPANY);
        var broken = new Questionnaire(company.version(), company.organizationType(), company.steps().subList(0, 3));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Questionnaires.check(broken, company.version() + ".json"))
                .hasMessageContaining("4 to 6 steps").hasMessageContaining("an objectives question is needed");
    }
}
