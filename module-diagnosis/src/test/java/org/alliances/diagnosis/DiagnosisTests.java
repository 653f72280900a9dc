package org.alliances.diagnosis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.Category;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.TestOrganizations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;

/** The diagnosis as organisations take it, against the embedded PostgreSQL. */
@ModuleIntegrationTest
class DiagnosisTests {

    static final Map<String, Set<String>> STAFF_AND_LOCAL_ROOTS = Map.of(
            "commitment.contributions", Set.of("employee_volunteering"),
            "objectives.priorities", Set.of("staff_engagement", "values_local_roots"));

    @Autowired DiagnosisService diagnoses;
    @Autowired TestOrganizations members;
    @Autowired OrganizationService organizations;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestOrganizations.signOut();
    }

    @Test
    void completingADiagnosisPublishesDiagnosisCompletedWithIdsAndCodesOnly(Scenario scenario) {
        var email = members.newCompany("Menuiserie des Pentes", "69381");
        TestOrganizations.signIn(email, "COMPANY");
        var organizationId = organizationOf(email);

        scenario.stimulate(() -> DiagnosisAnswers.takeWhole(diagnoses, 0, STAFF_AND_LOCAL_ROOTS))
                .andWaitForEventOfType(DiagnosisCompleted.class)
                .matching(event -> event.organizationId().equals(organizationId))
                .toArriveAndVerify(event -> {
                    assertThat(event.organizationType()).isEqualTo(OrganizationType.COMPANY);
                    assertThat(event.maturityLevel()).isEqualTo(MaturityLevel.AWAKENING);
                    assertThat(event.rankedCategories()).hasSize(4).first().isEqualTo(Category.PATRONAGE);
                    assertThat(event.recommendedModels()).isNotEmpty();
                    assertThat(event.objectives()).containsExactlyInAnyOrder("staff_engagement", "values_local_roots");
                    assertThat(event.questionnaireVersion()).isEqualTo("company-2026.1");
                });
        assertThat(diagnoses.history()).singleElement().satisfies(summary -> assertThat(summary.level()).isEqualTo(MaturityLevel.AWAKENING));
        assertThat(diagnoses.inProgress()).isEmpty();
    }

    @Test
    void answersAreSavedAtEachStepAndTheDiagnosisResumesWhereItWasLeft() {
        var email = members.newAssociation("Lire et écrire à Vaulx", "69256");
        TestOrganizations.signIn(email, "ASSOCIATION");
        var diagnosis = diagnoses.start();
        var steps = diagnosis.questionnaire().steps();
        diagnoses.saveStep(diagnosis.id(), steps.get(0).code(), DiagnosisAnswers.step(steps.get(0), 2, Map.of()));
        diagnoses.saveStep(diagnosis.id(), steps.get(1).code(), DiagnosisAnswers.step(steps.get(1), 1, Map.of()));
        TestOrganizations.signOut();

        TestOrganizations.signIn(email, "ASSOCIATION");
        var resumed = diagnoses.inProgress().orElseThrow();
        assertThat(resumed.id()).isEqualTo(diagnosis.id());
        assertThat(resumed.currentStep()).isEqualTo(2);
        assertThat(resumed.answers().of("experience.history")).containsExactly("several");
        assertThat(resumed.answers().of("strategy.place")).containsExactly("opportunities");
        assertThat(diagnoses.start().id()).as("starting again resumes").isEqualTo(diagnosis.id());
    }

    @Test
    void aStepWithAMissingAnswerIsRefusedAtThatQuestionAndNothingIsSaved() {
        var email = members.newAssociation("Épicerie solidaire de Bron", "69029");
        TestOrganizations.signIn(email, "ASSOCIATION");
        var diagnosis = diagnoses.start();
        var first = diagnosis.questionnaire().steps().getFirst();

        assertThatThrownBy(() -> diagnoses.saveStep(diagnosis.id(), first.code(),
                new Answers(Map.of("experience.history", Set.of("never")))))
                .isInstanceOfSatisfying(InvalidInputException.class, problems ->
                        assertThat(problems.problems()).containsExactly(Map.entry("experience.depth", "diagnosis.answer.required")));
        assertThat(diagnoses.inProgress().orElseThrow().answers().byQuestion()).isEmpty();
        assertThat(diagnoses.inProgress().orElseThrow().currentStep()).isZero();
    }

    @Test
    void anUnknownQuestionnaireVersionOrAnswerCodeIsRefusedAndNothingIsStored() {
        var email = members.newCompany("Transports Vallon", "69034");
        TestOrganizations.signIn(email, "COMPANY");
        var organizationId = organizationOf(email);

        assertThatThrownBy(() -> diagnoses.start("company-1999.1")).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("version", "diagnosis.version.unknown"));
        assertThatThrownBy(() -> diagnoses.start("association-2026.1")).as("another type's questionnaire")
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from diagnosis_diagnosis where organization_id = ?", Long.class, organizationId)).isZero();

        var diagnosis = diagnoses.start();
        var first = diagnosis.questionnaire().steps().getFirst();
        var withUnknownCode = DiagnosisAnswers.step(first, 1, Map.of("experience.history", Set.of("every-day")));
        assertThatThrownBy(() -> diagnoses.saveStep(diagnosis.id(), first.code(), withUnknownCode))
                .isInstanceOfSatisfying(InvalidInputException.class, problems ->
                        assertThat(problems.problems()).containsEntry("experience.history", "diagnosis.answer.unknown"));
        assertThatThrownBy(() -> diagnoses.saveDraft(diagnosis.id(), first.code(), new Answers(Map.of("no.such.question", Set.of("x")))))
                .isInstanceOfSatisfying(InvalidInputException.class, problems ->
                        assertThat(problems.problems()).containsEntry("answers", "diagnosis.question.unknown"));
        assertThatThrownBy(() -> diagnoses.saveStep(diagnosis.id(), "no-such-step", Answers.none()))
                .isInstanceOf(InvalidInputException.class);
        assertThat(jdbc.queryForObject("select count(*) from diagnosis_answer where diagnosis_id = ?", Long.class, diagnosis.id())).isZero();
    }

    @Test
    void anOrganisationNeverSeesAnothersDiagnosisOrReportEvenByItsId() {
        var owner = members.newCompany("Imprimerie du Confluent", "69382");
        TestOrganizations.signIn(owner, "COMPANY");
        var result = DiagnosisAnswers.takeWhole(diagnoses, 2, Map.of());
        var inProgress = diagnoses.start();
        assertThat(diagnoses.report(result.id(), Locale.FRENCH)).isPresent();

        TestOrganizations.signIn(members.newCompany("Garage de la Guillotière", "69387"), "COMPANY");
        assertThat(diagnoses.result(result.id())).isEmpty();
        assertThat(diagnoses.report(result.id(), Locale.FRENCH)).isEmpty();
        assertThat(diagnoses.history()).isEmpty();
        assertThat(diagnoses.latest()).isEmpty();
        assertThatThrownBy(() -> diagnoses.saveDraft(inProgress.id(), "experience", Answers.none()))
                .isInstanceOfSatisfying(InvalidInputException.class, problems ->
                        assertThat(problems.problems()).containsEntry("diagnosis", "diagnosis.unknown"));
        assertThatThrownBy(() -> diagnoses.compareWith(organizationOf(owner))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theReportIsAPdf() {
        TestOrganizations.signIn(members.newAssociation("Repair café de Caluire", "69034"), "ASSOCIATION");
        var result = DiagnosisAnswers.takeWhole(diagnoses, 1, Map.of("objectives.priorities", Set.of("fund_project")));

        var pdf = diagnoses.report(result.id(), Locale.FRENCH).orElseThrow();
        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(1500);
    }

    @Test
    void theGapViewNeedsBothConsents() {
        var association = members.newAssociation("Sport pour tous Villeurbanne", "69266");
        var company = members.newCompany("Boulangerie Gerland", "69387");
        var companySiren = organizations.find(organizationOf(company)).orElseThrow().identifier();
        var associationId = organizationOf(association);
        var companyId = organizationOf(company);
        TestOrganizations.signIn(company, "COMPANY");
        DiagnosisAnswers.takeWhole(diagnoses, 3, Map.of("objectives.priorities", Set.of("offer_with_social_actor")));
        TestOrganizations.signIn(association, "ASSOCIATION");
        DiagnosisAnswers.takeWhole(diagnoses, 2, Map.of("objectives.priorities", Set.of("sell_expertise", "diversify_resources")));

        var shared = diagnoses.shareWith(OrganizationType.COMPANY, companySiren);
        assertThat(shared.sharedByMe()).isTrue();
        assertThat(shared.mutual()).isFalse();
        assertThatThrownBy(() -> diagnoses.compareWith(companyId)).isInstanceOf(AccessDeniedException.class);
        TestOrganizations.signIn(company, "COMPANY");
        assertThatThrownBy(() -> diagnoses.compareWith(associationId)).isInstanceOf(AccessDeniedException.class);
        assertThat(diagnoses.sharing()).singleElement().satisfies(status -> {
            assertThat(status.sharedWithMe()).isTrue();
            assertThat(status.sharedByMe()).isFalse();
        });

        diagnoses.shareWith(associationId);
        var comparison = diagnoses.compareWith(associationId);
        assertThat(comparison.mine().name()).isEqualTo("Boulangerie Gerland");
        assertThat(comparison.theirs().latest().assessment().objectives()).contains("sell_expertise");
        assertThat(comparison.modelsFittingBoth()).isNotEmpty();

        TestOrganizations.signIn(association, "ASSOCIATION");
        assertThat(diagnoses.compareWith(companyId).theirs().name()).isEqualTo("Boulangerie Gerland");
        diagnoses.stopSharingWith(companyId);
        assertThatThrownBy(() -> diagnoses.compareWith(companyId)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void sharingWithAnUnknownOrganisationOrWithItselfIsRefused() {
        var email = members.newAssociation("Collectif Emploi Oullins", "69149");
        TestOrganizations.signIn(email, "ASSOCIATION");
        var own = organizations.find(organizationOf(email)).orElseThrow();

        assertThatThrownBy(() -> diagnoses.shareWith(OrganizationType.COMPANY, "732829320"))
                .isInstanceOfSatisfying(InvalidInputException.class, problems ->
                        assertThat(problems.problems()).containsEntry("identifier", "diagnosis.share.unknown"));
        assertThatThrownBy(() -> diagnoses.shareWith(OrganizationType.ASSOCIATION, own.identifier()))
                .isInstanceOfSatisfying(InvalidInputException.class, problems ->
                        assertThat(problems.problems()).containsEntry("identifier", "diagnosis.share.self"));
        assertThatThrownBy(() -> diagnoses.shareWith(null, " "))
                .isInstanceOfSatisfying(InvalidInputException.class, problems ->
                        assertThat(problems.problems()).containsKeys("type", "identifier"));
        assertThat(diagnoses.sharing()).isEmpty();
    }

    @Test
    void aNewDiagnosisStartsFromThePreviousAnswers() {
        TestOrganizations.signIn(members.newCompany("Atelier Saxe", "69383"), "COMPANY");
        DiagnosisAnswers.takeWhole(diagnoses, 1, STAFF_AND_LOCAL_ROOTS);

        var again = diagnoses.start();
        assertThat(again.answers().of("objectives.priorities")).containsExactlyInAnyOrder("staff_engagement", "values_local_roots");
        assertThat(again.currentStep()).isZero();
    }

    private UUID organizationOf(String email) {
        return members.organizationOf(email);
    }
}
