package org.alliances.diagnosis;

import java.util.List;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;

/**
 * Two organisations that agreed to share their diagnosis, side by side, and the models that fit both.
 *
 * @param modelsFittingBoth the models each side could consider: recommended to it, or in one of its two best
 *                          categories; in the order of the line
 */
public record Comparison(Side mine, Side theirs, List<CooperationModel> modelsFittingBoth) {

    public Comparison {
        modelsFittingBoth = List.copyOf(modelsFittingBoth);
    }

    /** @param latest the side's latest completed diagnosis, or null when it has none yet */
    public record Side(UUID organizationId, String name, OrganizationType type, DiagnosisResult latest) {
    }
}
