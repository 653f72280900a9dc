package org.alliances.partnerships;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;

/**
 * A partnership is over and its outcome is known: both partners answered, or the second one did not within
 * {@code PartnershipService.OUTCOME_WAIT} (its answers are then null). Codes and amounts only.
 *
 * @param models the models the partnership went through, the first one first, the last one its model at the end
 * @param publicCaseStudy true only when both partners agreed to make it a public case study
 */
public record PartnershipClosed(UUID partnershipId, UUID associationId, UUID companyId, List<CooperationModel> models,
                                String communeCode, LocalDate startedOn, LocalDate closedOn,
                                Boolean happenedForAssociation, Boolean happenedForCompany,
                                Integer associationSatisfaction, Integer companySatisfaction, boolean publicCaseStudy,
                                BigDecimal moneyEuros, BigDecimal hours, BigDecimal estimatedInKindEuros) implements DomainEvent {

    public CooperationModel model() {
        return models.getLast();
    }
}
