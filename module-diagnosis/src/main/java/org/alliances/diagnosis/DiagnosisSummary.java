package org.alliances.diagnosis;

import java.time.Instant;
import java.util.UUID;

/** One line of an organisation's history of diagnoses. */
public record DiagnosisSummary(UUID id, Instant completedAt, MaturityLevel level, int overallScore, String questionnaireVersion) {
}
