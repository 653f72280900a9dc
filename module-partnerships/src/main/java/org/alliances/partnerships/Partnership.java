package org.alliances.partnerships;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;

/**
 * A partnership as one of its partners reads it ({@code viewerId}): who the partner is, the model, the stage, what
 * can come next, and each side's outcome once it is closed.
 */
public record Partnership(UUID id, Origin origin, UUID associationId, String associationName, UUID companyId,
                          String companyName, UUID viewerId, UUID declaredBy, CooperationModel model, Stage stage,
                          String communeCode, LocalDate startedOn, LocalDate nextStepDueOn, Instant lastActivityAt,
                          Instant closedAt, Outcome associationOutcome, Outcome companyOutcome) {

    public Path path() {
        return Path.of(model);
    }

    public UUID partnerId() {
        return viewerId.equals(associationId) ? companyId : associationId;
    }

    public String partnerName() {
        return viewerId.equals(associationId) ? companyName : associationName;
    }

    public boolean viewerIsAssociation() {
        return viewerId.equals(associationId);
    }

    /** The stages this partner may move the partnership to (a proposal is confirmed or declined by the other side only). */
    public Set<Stage> nextStages() {
        if (stage == Stage.PROPOSED && viewerId.equals(declaredBy)) {
            return Set.of();
        }
        return Lifecycle.next(path(), stage);
    }

    public boolean awaitsMyConfirmation() {
        return stage == Stage.PROPOSED && !viewerId.equals(declaredBy);
    }

    public Optional<Stage> usualNextStage() {
        return Lifecycle.usualNext(path(), stage);
    }

    public boolean canEvolve() {
        return Lifecycle.canEvolveFrom(stage);
    }

    public Outcome myOutcome() {
        return viewerIsAssociation() ? associationOutcome : companyOutcome;
    }

    public Outcome partnerOutcome() {
        return viewerIsAssociation() ? companyOutcome : associationOutcome;
    }

    /** Ended, and this partner has not said yet what it brought. */
    public boolean awaitsMyOutcome() {
        return stage == Stage.ENDED && myOutcome() == null;
    }

    /** Under way with no activity for {@link PartnershipService#IDLE_AFTER}. */
    public boolean isIdle(Instant now) {
        return stage.isUnderway() && lastActivityAt.plus(PartnershipService.IDLE_AFTER).isBefore(now);
    }

    public boolean isNextStepOverdue(LocalDate today) {
        return nextStepDueOn != null && !stage.isFinal() && nextStepDueOn.isBefore(today);
    }
}
