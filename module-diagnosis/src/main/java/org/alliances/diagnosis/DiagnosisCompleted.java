package org.alliances.diagnosis;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.OrganizationType;

/**
 * An organisation completed a diagnosis: ids and codes only, so that matching, partnerships, resources and the
 * observatory can follow without reading the diagnosis module's tables.
 *
 * @param rankedCategories the four categories, best suited first
 * @param recommendedModels the cooperation models to consider, first one first
 * @param objectives the codes of the priority objectives chosen (see the questionnaire of that version)
 */
public record DiagnosisCompleted(UUID diagnosisId, UUID organizationId, OrganizationType organizationType,
                                 MaturityLevel maturityLevel, List<Category> rankedCategories,
                                 List<CooperationModel> recommendedModels, List<String> objectives,
                                 String questionnaireVersion, Instant completedAt) implements DomainEvent {
}
