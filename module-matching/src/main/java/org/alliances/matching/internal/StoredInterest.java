package org.alliances.matching.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;
import org.alliances.matching.Interest;
import org.alliances.matching.Interest.InterestStatus;
import org.alliances.matching.InterestDeclined;
import org.alliances.matching.InterestExpressed;
import org.alliances.matching.MatchConfirmed;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A company's interest in a need, answered once by the association: accepted (a match) or declined. */
@Entity
@Table(name = "matching_interest")
public class StoredInterest extends AbstractAggregateRoot<StoredInterest> {

    @Id
    private UUID id;
    @Column(name = "need_id")
    private UUID needId;
    @Column(name = "company_id")
    private UUID companyId;
    @Column(name = "association_id")
    private UUID associationId;
    private String message;
    @Enumerated(EnumType.STRING)
    private InterestStatus status;
    @Column(name = "decline_reason")
    private String declineReason;
    @Enumerated(EnumType.STRING)
    @Column(name = "chosen_model")
    private CooperationModel chosenModel;
    @Column(name = "expressed_at")
    private Instant expressedAt;
    @Column(name = "decided_at")
    private Instant decidedAt;
    @Column(name = "reminded_at")
    private Instant remindedAt;
    @Version
    private long version;

    protected StoredInterest() {
    }

    public StoredInterest(UUID needId, UUID companyId, UUID associationId, String message, Instant now) {
        this.id = UUID.randomUUID();
        this.needId = needId;
        this.companyId = companyId;
        this.associationId = associationId;
        this.message = message;
        this.status = InterestStatus.PENDING;
        this.expressedAt = now;
        registerEvent(new InterestExpressed(id, needId, companyId, associationId, now));
    }

    public void accept(CooperationModel model, String communeCode, Instant now) {
        requirePending();
        status = InterestStatus.ACCEPTED;
        chosenModel = model;
        decidedAt = now;
        registerEvent(new MatchConfirmed(id, needId, associationId, companyId, model, communeCode, now));
    }

    public void decline(String reason, Instant now) {
        requirePending();
        status = InterestStatus.DECLINED;
        declineReason = reason;
        decidedAt = now;
        registerEvent(new InterestDeclined(id, needId, companyId, associationId, now));
    }

    /** Reminds the association once, after the interest has waited {@code waited}. */
    public boolean remind(java.time.Duration waited, Instant now) {
        if (status != InterestStatus.PENDING || remindedAt != null) {
            return false;
        }
        remindedAt = now;
        registerEvent(new org.alliances.matching.InterestLeftUnanswered(id, needId, associationId, companyId, (int) waited.toDays()));
        return true;
    }

    public void lapse(Instant now) {
        requirePending();
        status = InterestStatus.LAPSED;
        decidedAt = now;
        registerEvent(new org.alliances.matching.InterestLapsed(id, needId, associationId, companyId, now));
    }

    /** Closes a pending interest because {@code deletedOrganization}, one of its two sides, was deleted; false when not pending. */
    public boolean withdraw(UUID deletedOrganization, Instant now) {
        if (status != InterestStatus.PENDING) {
            return false;
        }
        status = InterestStatus.WITHDRAWN;
        decidedAt = now;
        registerEvent(new org.alliances.matching.InterestWithdrawn(id, needId, companyId, associationId, deletedOrganization, now));
        return true;
    }

    /** What the interest announced so far (its expression, then the answer), for a replay. */
    public java.util.List<DomainEvent> announcements(String needCommuneCode) {
        var events = new java.util.ArrayList<DomainEvent>();
        events.add(new InterestExpressed(id, needId, companyId, associationId, expressedAt));
        switch (status) {
            case ACCEPTED -> events.add(new MatchConfirmed(id, needId, associationId, companyId, chosenModel, needCommuneCode, decidedAt));
            case DECLINED -> events.add(new InterestDeclined(id, needId, companyId, associationId, decidedAt));
            case LAPSED -> events.add(new org.alliances.matching.InterestLapsed(id, needId, associationId, companyId, decidedAt));
            default -> { }
        }
        return events;
    }

    public Instant expressedAt() {
        return expressedAt;
    }

    private void requirePending() {
        if (status != InterestStatus.PENDING) {
            throw new IllegalStateException("Interest " + id + " was already answered");
        }
    }

    public Interest toInterest(String needTitle, String companyName) {
        return new Interest(id, needId, needTitle, companyId, companyName, associationId, message, status, declineReason,
                chosenModel, expressedAt, decidedAt);
    }

    public UUID needId() {
        return needId;
    }

    public UUID companyId() {
        return companyId;
    }

    public UUID associationId() {
        return associationId;
    }

    public InterestStatus status() {
        return status;
    }
}
