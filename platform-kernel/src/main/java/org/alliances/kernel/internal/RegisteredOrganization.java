package org.alliances.kernel.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationDeleted;
import org.alliances.kernel.OrganizationProfile;
import org.alliances.kernel.OrganizationRegistered;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.OrganizationStatus;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.OrganizationUpdated;
import org.alliances.kernel.Sector;
import org.alliances.kernel.SizeBand;
import org.alliances.kernel.TerritoryLevel;
import org.springframework.data.domain.AbstractAggregateRoot;

/** The organisation aggregate: it registers its own events, published when it is saved. */
@Entity
@Table(name = "kernel_organization")
public class RegisteredOrganization extends AbstractAggregateRoot<RegisteredOrganization> {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private OrganizationType type;
    private String name;
    private String identifier;
    @Column(name = "commune_code")
    private String communeCode;
    @Enumerated(EnumType.STRING)
    @Column(name = "territory_level")
    private TerritoryLevel territoryLevel;
    @Enumerated(EnumType.STRING)
    private Sector sector;
    @Enumerated(EnumType.STRING)
    @Column(name = "size_band")
    private SizeBand sizeBand;
    @Enumerated(EnumType.STRING)
    private OrganizationStatus status;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected RegisteredOrganization() {
    }

    public RegisteredOrganization(OrganizationRegistration registration, String identifier, OrganizationStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.type = registration.type();
        this.name = registration.name().strip();
        this.identifier = identifier;
        this.communeCode = registration.communeCode();
        this.territoryLevel = registration.territoryLevel();
        this.sector = registration.sector();
        this.sizeBand = registration.sizeBand();
        this.status = status;
        this.createdAt = now;
        this.updatedAt = now;
        registerEvent(new OrganizationRegistered(id, type, communeCode, status, now));
    }

    public void changeStatus(OrganizationStatus newStatus, Instant now) {
        if (status == newStatus) {
            return;
        }
        status = newStatus;
        updatedAt = now;
        registerEvent(new OrganizationUpdated(id, type, communeCode, status, now));
    }

    /**
     * Keeps what the figures count (type, commune, sector, size) and nothing that names the organisation: its name
     * becomes {@link Organization#DELETED_NAME}, its identifier one made of its id. Deleting twice changes nothing.
     */
    public void delete(Instant now) {
        if (status == OrganizationStatus.DELETED) {
            return;
        }
        status = OrganizationStatus.DELETED;
        name = Organization.DELETED_NAME;
        identifier = "X" + id.toString().replace("-", "").substring(0, 31);
        updatedAt = now;
        registerEvent(new OrganizationUpdated(id, type, communeCode, status, now));
        registerEvent(new OrganizationDeleted(id, type, now));
    }

    public void updateProfile(OrganizationProfile profile, Instant now) {
        var newName = profile.name().strip();
        var newSector = type == OrganizationType.COMPANY ? profile.sector() : sector;
        var newSize = type == OrganizationType.COMPANY ? profile.sizeBand() : sizeBand;
        if (newName.equals(name) && profile.communeCode().equals(communeCode) && newSector == sector && newSize == sizeBand) {
            return;
        }
        name = newName;
        communeCode = profile.communeCode();
        sector = newSector;
        sizeBand = newSize;
        updatedAt = now;
        registerEvent(new OrganizationUpdated(id, type, communeCode, status, now));
    }

    public Organization toOrganization() {
        return new Organization(id, type, name, identifier, communeCode, territoryLevel, sector, sizeBand, status);
    }

    /** The organisation as its registration would announce it today, for a replay. */
    public OrganizationRegistered registration() {
        return new OrganizationRegistered(id, type, communeCode, status, createdAt);
    }

    public UUID id() {
        return id;
    }
}
