package org.alliances.partnerships.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;
import org.alliances.partnerships.Stage;
import org.alliances.partnerships.StageChange;

/** A line of a partnership's history; never changed once written. */
@Entity
@Table(name = "partnerships_stage_change")
public class StoredStageChange {

    @Id
    private UUID id;
    @Column(name = "partnership_id")
    private UUID partnershipId;
    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage")
    private Stage fromStage;
    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage")
    private Stage toStage;
    @Enumerated(EnumType.STRING)
    private CooperationModel model;
    @Enumerated(EnumType.STRING)
    @Column(name = "evolved_from")
    private CooperationModel evolvedFrom;
    @Column(name = "by_organization")
    private UUID byOrganization;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "changed_at")
    private Instant changedAt;
    private String note;
    @Column(insertable = false, updatable = false)
    private Long sequence;

    protected StoredStageChange() {
    }

    StoredStageChange(UUID partnershipId, Stage fromStage, Stage toStage, CooperationModel model, CooperationModel evolvedFrom,
                      UUID byOrganization, String signedBy, Instant changedAt, String note) {
        this.id = UUID.randomUUID();
        this.partnershipId = partnershipId;
        this.fromStage = fromStage;
        this.toStage = toStage;
        this.model = model;
        this.evolvedFrom = evolvedFrom;
        this.byOrganization = byOrganization;
        this.signedBy = signedBy;
        this.changedAt = changedAt;
        this.note = note == null || note.isBlank() ? null : note.strip();
    }

    /** What this line announced when it was written, for a replay (the opening line is announced by the partnership). */
    public java.util.List<DomainEvent> announcements(UUID associationId, UUID companyId) {
        if (fromStage == null) {
            return java.util.List.of();
        }
        var events = new java.util.ArrayList<DomainEvent>();
        if (evolvedFrom != null) {
            events.add(new org.alliances.partnerships.PartnershipModelEvolved(partnershipId, associationId, companyId, evolvedFrom,
                    model, toStage, byOrganization, changedAt));
            if (fromStage != toStage) {
                events.add(new org.alliances.partnerships.PartnershipStageChanged(partnershipId, associationId, companyId, fromStage,
                        toStage, model, byOrganization, changedAt));
            }
        } else {
            events.add(new org.alliances.partnerships.PartnershipStageChanged(partnershipId, associationId, companyId, fromStage,
                    toStage, model, byOrganization, changedAt));
        }
        return events;
    }

    public UUID partnershipId() {
        return partnershipId;
    }

    public boolean isOpening() {
        return fromStage == null;
    }

    public CooperationModel model() {
        return model;
    }

    public Stage toStage() {
        return toStage;
    }

    public StageChange toStageChange() {
        return new StageChange(fromStage, toStage, model, evolvedFrom, byOrganization, signedBy, changedAt, note);
    }
}
