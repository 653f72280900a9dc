package org.alliances.partnerships;

import java.time.Instant;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;

/**
 * One dated, signed line of a partnership's history: a change of stage, or of model when {@code evolvedFrom} is set.
 *
 * @param from null for the opening line
 * @param signedBy the member who made it (their sign-in e-mail)
 */
public record StageChange(Stage from, Stage to, CooperationModel model, CooperationModel evolvedFrom, UUID byOrganizationId,
                          String signedBy, Instant at, String note) {

    public boolean isEvolution() {
        return evolvedFrom != null;
    }

    public boolean isRenewal() {
        return !isEvolution() && from != null && Lifecycle.isRenewal(from, to);
    }
}
