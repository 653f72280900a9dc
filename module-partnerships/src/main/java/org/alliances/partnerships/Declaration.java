package org.alliances.partnerships;

import java.time.LocalDate;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;

/**
 * A partnership that already exists, as one partner declares it; checked by {@link PartnershipService#declare}.
 *
 * @param partnerId the other organisation, found with {@link PartnershipService#findPartners}
 */
public record Declaration(UUID partnerId, CooperationModel model, String communeCode, LocalDate startedOn, String note) {
}
