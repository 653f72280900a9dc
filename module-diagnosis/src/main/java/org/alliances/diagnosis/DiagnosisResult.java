package org.alliances.diagnosis;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.OrganizationType;

/** A completed diagnosis as its organisation reads it: the assessment and the answers it came from. */
public record DiagnosisResult(UUID id, UUID organizationId, OrganizationType organizationType,
                              String questionnaireVersion, Instant completedAt, Assessment assessment, Answers answers) {
}
