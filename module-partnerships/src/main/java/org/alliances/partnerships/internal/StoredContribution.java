package org.alliances.partnerships.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.alliances.partnerships.ContributionRecorded;
import org.alliances.partnerships.ContributionRemoved;
import org.springframework.data.domain.AbstractAggregateRoot;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.alliances.partnerships.ContributionEntry;
import org.alliances.partnerships.ContributionForm;
import org.alliances.partnerships.ContributionKind;

/** A contribution one partner brought to a partnership. */
@Entity
@Table(name = "partnerships_contribution")
public class StoredContribution extends AbstractAggregateRoot<StoredContribution> {

    @Id
    private UUID id;
    @Column(name = "partnership_id")
    private UUID partnershipId;
    @Enumerated(EnumType.STRING)
    private ContributionKind kind;
    @Column(name = "given_by")
    private UUID givenBy;
    private BigDecimal amount;
    private String description;
    @Column(name = "given_on")
    private LocalDate givenOn;
    @Column(name = "recorded_by")
    private String recordedBy;
    @Column(name = "recorded_at")
    private Instant recordedAt;

    protected StoredContribution() {
    }

    public StoredContribution(UUID partnershipId, ContributionForm form, String recordedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.partnershipId = partnershipId;
        this.kind = form.kind();
        this.givenBy = form.givenBy();
        this.amount = form.amount().setScale(2, java.math.RoundingMode.HALF_UP);
        this.description = form.description() == null || form.description().isBlank() ? null : form.description().strip();
        this.givenOn = form.givenOn();
        this.recordedBy = recordedBy;
        this.recordedAt = now;
        registerEvent(new ContributionRecorded(id, partnershipId, kind, amount, givenOn, now));
    }

    /** Announces the removal; the repository's delete publishes it. */
    public StoredContribution removed(Instant now) {
        registerEvent(new ContributionRemoved(id, partnershipId, kind, amount, now));
        return this;
    }

    /** What this contribution announced when it was recorded, for a replay. */
    public ContributionRecorded recorded() {
        return new ContributionRecorded(id, partnershipId, kind, amount, givenOn, recordedAt);
    }

    public ContributionEntry toEntry() {
        return new ContributionEntry(id, kind, givenBy, amount, description, givenOn, recordedBy);
    }
}
