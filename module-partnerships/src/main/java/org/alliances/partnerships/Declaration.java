package org.alliances.partnerships;

import java.time.LocalDate;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.TextColumn;

/**
 * A partnership that already exists, as one partner declares it; checked by {@link PartnershipService#declare}.
 *
 * @param partnerId the other organisation, found with {@link PartnershipService#findPartners}
 */
public record Declaration(UUID partnerId, CooperationModel model, String communeCode, LocalDate startedOn, String note) {

    /** The note of a declaration, of a change of stage or of model, kept in the partnership's history. */
    public static final TextColumn NOTE = TextColumn.lines("partnerships_stage_change", "note", 1000);
}
