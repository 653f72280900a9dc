package org.alliances.diagnosis;

import java.util.UUID;

/** A diagnosis being filled in: the questionnaire, the answers saved so far and the step to resume at (from 0). */
public record DiagnosisInProgress(UUID id, Questionnaire questionnaire, Answers answers, int currentStep) {
}
