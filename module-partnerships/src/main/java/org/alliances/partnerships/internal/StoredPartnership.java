package org.alliances.partnerships.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.partnerships.Lifecycle;
import org.alliances.partnerships.Origin;
import org.alliances.partnerships.Outcome;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.PartnershipClosed;
import org.alliances.partnerships.PartnershipLeftIdle;
import org.alliances.partnerships.PartnershipModelEvolved;
import org.alliances.partnerships.PartnershipStageChanged;
import org.alliances.partnerships.PartnershipStarted;
import org.alliances.partnerships.Path;
import org.alliances.partnerships.Stage;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A partnership between an association and a company. Every change of stage goes through {@link Lifecycle}; each one
 * is returned as a history line for the caller to store, and announced by an event.
 */
@Entity
@Table(name = "partnerships_partnership")
public class StoredPartnership extends AbstractAggregateRoot<StoredPartnership> {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private Origin origin;
    @Column(name = "association_id")
    private UUID associationId;
    @Column(name = "company_id")
    private UUID companyId;
    @Column(name = "declared_by")
    private UUID declaredBy;
    @Column(name = "interest_id")
    private UUID interestId;
    @Column(name = "need_id")
    private UUID needId;
    @Enumerated(EnumType.STRING)
    private CooperationModel model;
    @Enumerated(EnumType.STRING)
    private Stage stage;
    @Column(name = "commune_code")
    private String communeCode;
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "next_step_due_on")
    private LocalDate nextStepDueOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;
    @Column(name = "idle_reminded_at")
    private Instant idleRemindedAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "association_happened")
    private Boolean associationHappened;
    @Column(name = "association_brought")
    private String associationBrought;
    @Column(name = "association_satisfaction")
    private Integer associationSatisfaction;
    @Column(name = "association_case_study")
    private Boolean associationCaseStudy;
    @Column(name = "association_answered_at")
    private Instant associationAnsweredAt;
    @Column(name = "company_happened")
    private Boolean companyHappened;
    @Column(name = "company_brought")
    private String companyBrought;
    @Column(name = "company_satisfaction")
    private Integer companySatisfaction;
    @Column(name = "company_case_study")
    private Boolean companyCaseStudy;
    @Column(name = "company_answered_at")
    private Instant companyAnsweredAt;
    @Column(name = "outcome_announced_at")
    private Instant outcomeAnnouncedAt;
    @Version
    private long version;

    protected StoredPartnership() {
    }

    private StoredPartnership(Origin origin, UUID associationId, UUID companyId, CooperationModel model, Stage stage,
                              String communeCode, LocalDate startedOn, Instant now) {
        this.id = UUID.randomUUID();
        this.origin = origin;
        this.associationId = associationId;
        this.companyId = companyId;
        this.model = model;
        this.stage = stage;
        this.communeCode = communeCode;
        this.startedOn = startedOn;
        this.createdAt = now;
        this.lastActivityAt = now;
    }

    /** A confirmed match opens a partnership at its first contacts. */
    public static StoredPartnership fromMatch(UUID interestId, UUID needId, UUID associationId, UUID companyId,
                                              CooperationModel model, String communeCode, LocalDate today, Instant now) {
        var partnership = new StoredPartnership(Origin.MATCH, associationId, companyId, model, Stage.EMERGENCE, communeCode, today, now);
        partnership.interestId = interestId;
        partnership.needId = needId;
        partnership.announceStart();
        return partnership;
    }

    /** A partnership that already exists, declared by one partner: proposed until the other one confirms. */
    public static StoredPartnership declared(UUID declaredBy, UUID associationId, UUID companyId, CooperationModel model,
                                             String communeCode, LocalDate startedOn, Instant now) {
        var partnership = new StoredPartnership(Origin.DECLARED, associationId, companyId, model, Stage.PROPOSED, communeCode,
                startedOn, now);
        partnership.declaredBy = declaredBy;
        partnership.announceStart();
        return partnership;
    }

    private void announceStart() {
        registerEvent(new PartnershipStarted(id, origin, associationId, companyId, declaredBy, needId, model, stage, communeCode,
                startedOn));
    }

    /** The start as it was announced, with the model and stage of the opening line, for a replay. */
    public PartnershipStarted start(CooperationModel firstModel, Stage firstStage) {
        return new PartnershipStarted(id, origin, associationId, companyId, declaredBy, needId, firstModel, firstStage, communeCode,
                startedOn);
    }

    /** The first line of the history, for the caller to store with the partnership. */
    public StoredStageChange openingLine(String signedBy, String note) {
        return new StoredStageChange(id, null, stage, model, null, declaredBy != null ? declaredBy : associationId, signedBy,
                createdAt, note);
    }

    /**
     * Moves to another stage, when the lifecycle allows it from here on this partnership's path. A proposal is
     * confirmed or declined by the side that did not declare it; the end goes through {@link #close}.
     *
     * @throws InvalidInputException when the move is not allowed; nothing changes then
     */
    public StoredStageChange moveTo(Stage target, UUID by, String signedBy, String note, LocalDate nextStepDue, Instant now) {
        if (target == null || target == Stage.ENDED || !Lifecycle.allows(path(), stage, target)
                || stage == Stage.PROPOSED && by.equals(declaredBy)) {
            throw InvalidInputException.of("stage", "partnerships.transition.refused");
        }
        return changeStage(target, by, signedBy, note, nextStepDue, now);
    }

    private StoredStageChange changeStage(Stage target, UUID by, String signedBy, String note, LocalDate nextStepDue, Instant now) {
        var from = stage;
        stage = target;
        nextStepDueOn = target.isFinal() ? null : nextStepDue;
        lastActivityAt = now;
        registerEvent(new PartnershipStageChanged(id, associationId, companyId, from, target, model, by, now));
        return new StoredStageChange(id, from, target, model, null, by, signedBy, now, note);
    }

    /**
     * Moves to another model; the partnership starts again on the new model's path.
     *
     * @throws InvalidInputException when the model is the same, or the stage does not allow it
     */
    public StoredStageChange evolveTo(CooperationModel target, UUID by, String signedBy, String note, LocalDate nextStepDue, Instant now) {
        if (target == null || target == model) {
            throw InvalidInputException.of("model", "partnerships.evolve.same-model");
        }
        if (!Lifecycle.canEvolveFrom(stage)) {
            throw InvalidInputException.of("model", "partnerships.evolve.not-now");
        }
        var from = model;
        var fromStage = stage;
        model = target;
        stage = Path.of(target).restartsAt();
        nextStepDueOn = nextStepDue;
        lastActivityAt = now;
        registerEvent(new PartnershipModelEvolved(id, associationId, companyId, from, target, stage, by, now));
        if (fromStage != stage) {
            registerEvent(new PartnershipStageChanged(id, associationId, companyId, fromStage, stage, model, by, now));
        }
        return new StoredStageChange(id, fromStage, stage, target, from, by, signedBy, now, note);
    }

    /**
     * Ends the partnership with this partner's outcome; the other partner answers later with {@link #answer}.
     *
     * @throws InvalidInputException when the stage cannot end
     */
    public StoredStageChange close(UUID by, String signedBy, Outcome outcome, Instant now) {
        if (!Lifecycle.allows(path(), stage, Stage.ENDED)) {
            throw InvalidInputException.of("stage", "partnerships.transition.refused");
        }
        var line = changeStage(Stage.ENDED, by, signedBy, null, null, now);
        closedAt = now;
        record(by, outcome, now);
        return line;
    }

    /**
     * Ends the partnership because {@code deleted}, one of the two partners, was deleted: a proposal is declined, a
     * partnership under way ended, and the other partner says later what it brought. Null when it was over already.
     */
    public StoredStageChange endForDeletion(UUID deleted, Instant now) {
        if (stage.isFinal()) {
            return null;
        }
        if (stage == Stage.PROPOSED) {
            return changeStage(Stage.DECLINED, deleted, null, null, null, now);
        }
        var line = changeStage(Stage.ENDED, deleted, null, null, null, now);
        closedAt = now;
        return line;
    }

    /**
     * Records the outcome of the partner that did not close the partnership.
     *
     * @throws InvalidInputException when the partnership is not ended, or this partner already answered
     */
    public void answer(UUID by, Outcome outcome, Instant now) {
        if (stage != Stage.ENDED) {
            throw InvalidInputException.of("stage", "partnerships.outcome.not-ended");
        }
        if (answeredBy(by)) {
            throw InvalidInputException.of("stage", "partnerships.outcome.already");
        }
        record(by, outcome, now);
        lastActivityAt = now;
    }

    private void record(UUID by, Outcome outcome, Instant now) {
        if (by.equals(associationId)) {
            associationHappened = outcome.happened();
            associationBrought = blankToNull(outcome.brought());
            associationSatisfaction = outcome.satisfaction();
            associationCaseStudy = outcome.publicCaseStudy();
            associationAnsweredAt = now;
        } else {
            companyHappened = outcome.happened();
            companyBrought = blankToNull(outcome.brought());
            companySatisfaction = outcome.satisfaction();
            companyCaseStudy = outcome.publicCaseStudy();
            companyAnsweredAt = now;
        }
    }

    public boolean answeredBy(UUID organizationId) {
        return organizationId.equals(associationId) ? associationAnsweredAt != null : companyAnsweredAt != null;
    }

    public boolean bothAnswered() {
        return associationAnsweredAt != null && companyAnsweredAt != null;
    }

    /**
     * Announces the outcome once (both answered, or the wait is over): what the partnership was, codes and amounts.
     *
     * @return false when it was already announced
     */
    public boolean announceOutcome(List<CooperationModel> models, BigDecimal moneyEuros, BigDecimal hours,
                                   BigDecimal estimatedInKindEuros, Instant now) {
        if (outcomeAnnouncedAt != null || closedAt == null) {
            return false;
        }
        outcomeAnnouncedAt = now;
        boolean caseStudy = Boolean.TRUE.equals(associationCaseStudy) && Boolean.TRUE.equals(companyCaseStudy)
                && Boolean.TRUE.equals(associationHappened) && Boolean.TRUE.equals(companyHappened);
        registerEvent(new PartnershipClosed(id, associationId, companyId, List.copyOf(models), communeCode, startedOn,
                LocalDate.ofInstant(closedAt, org.alliances.kernel.Territories.TIME_ZONE), associationHappened, companyHappened,
                associationSatisfaction, companySatisfaction, caseStudy, moneyEuros, hours, estimatedInKindEuros));
        return true;
    }

    public void planNextStep(LocalDate due, Instant now) {
        if (stage.isFinal()) {
            throw InvalidInputException.of("nextStep", "partnerships.closed");
        }
        nextStepDueOn = due;
        lastActivityAt = now;
    }

    /**
     * Contributions and measures are recorded while the partnership is under way, and at its evaluation once ended.
     * Recording one is activity ({@link Partnerships#recordActivity}) while under way, without changing the partnership
     * itself: both partners may record at the same moment.
     */
    public void requireRecordable() {
        if (stage == Stage.PROPOSED || stage == Stage.DECLINED || stage == Stage.ENDED && bothAnswered()) {
            throw InvalidInputException.of("stage", "partnerships.record.not-now");
        }
    }

    /** Whether what the partners record now counts as the partnership's activity (not once it is over). */
    public boolean recordsActivity() {
        return !stage.isFinal();
    }

    /** Reminds the partners once per quiet spell. */
    public boolean remindIdle(java.time.Duration idleAfter, Instant now) {
        if (!stage.isUnderway() || lastActivityAt.plus(idleAfter).isAfter(now)
                || idleRemindedAt != null && idleRemindedAt.isAfter(lastActivityAt)) {
            return false;
        }
        idleRemindedAt = now;
        registerEvent(new PartnershipLeftIdle(id, associationId, companyId,
                (int) java.time.Duration.between(lastActivityAt, now).toDays()));
        return true;
    }

    public boolean hasPartner(UUID organizationId) {
        return associationId.equals(organizationId) || companyId.equals(organizationId);
    }

    public Path path() {
        return Path.of(model);
    }

    public UUID id() {
        return id;
    }

    public Stage stage() {
        return stage;
    }

    public CooperationModel model() {
        return model;
    }

    public UUID associationId() {
        return associationId;
    }

    public UUID companyId() {
        return companyId;
    }

    public LocalDate startedOn() {
        return startedOn;
    }

    public Instant closedAt() {
        return closedAt;
    }

    public Partnership toPartnership(UUID viewerId, String associationName, String companyName) {
        var associationOutcome = associationAnsweredAt == null ? null
                : new Outcome(associationHappened, associationBrought, associationSatisfaction, Boolean.TRUE.equals(associationCaseStudy));
        var companyOutcome = companyAnsweredAt == null ? null
                : new Outcome(companyHappened, companyBrought, companySatisfaction, Boolean.TRUE.equals(companyCaseStudy));
        return new Partnership(id, origin, associationId, associationName, companyId, companyName, viewerId, declaredBy, model,
                stage, communeCode, startedOn, nextStepDueOn, lastActivityAt, closedAt, associationOutcome, companyOutcome);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
