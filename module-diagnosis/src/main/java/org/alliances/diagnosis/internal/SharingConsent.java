package org.alliances.diagnosis.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation agreed that another one may read its diagnosis, for as long as it does not withdraw. */
@Entity
@Table(name = "diagnosis_sharing")
public class SharingConsent {

    @Id
    private UUID id;
    @Column(name = "organization_id")
    private UUID organizationId;
    @Column(name = "shared_with_id")
    private UUID sharedWithId;
    @Column(name = "granted_at")
    private Instant grantedAt;

    protected SharingConsent() {
    }

    public SharingConsent(UUID organizationId, UUID sharedWithId, Instant grantedAt) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.sharedWithId = sharedWithId;
        this.grantedAt = grantedAt;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID sharedWithId() {
        return sharedWithId;
    }
}
