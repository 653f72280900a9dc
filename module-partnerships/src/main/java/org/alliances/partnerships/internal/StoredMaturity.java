package org.alliances.partnerships.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.alliances.diagnosis.MaturityLevel;

/** The latest partnership maturity an organisation reached in a diagnosis, as the diagnosis module announced it. */
@Entity
@Table(name = "partnerships_maturity")
public class StoredMaturity {

    @Id
    @Column(name = "organization_id")
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    private MaturityLevel maturity;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected StoredMaturity() {
    }

    StoredMaturity(UUID organizationId, MaturityLevel maturity, Instant completedAt) {
        this.organizationId = organizationId;
        this.maturity = maturity;
        this.completedAt = completedAt;
    }

    /** Follows a newer diagnosis; an older or the same one changes nothing. */
    boolean follow(MaturityLevel level, Instant completed) {
        if (!completed.isAfter(completedAt)) {
            return false;
        }
        maturity = level;
        completedAt = completed;
        return true;
    }

    public MaturityLevel maturity() {
        return maturity;
    }
}
