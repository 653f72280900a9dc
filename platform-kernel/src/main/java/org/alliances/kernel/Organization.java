package org.alliances.kernel;

import java.util.UUID;

/**
 * What the rest of the platform knows of an organisation.
 *
 * @param identifier SIREN or RNA number, or the territory code of a local authority
 * @param territoryLevel for a local authority, the level of the territory it governs; null otherwise
 * @param sector and {@code sizeBand}: for a company, null otherwise
 */
public record Organization(UUID id, OrganizationType type, String name, String identifier, String communeCode,
                           TerritoryLevel territoryLevel, Sector sector, SizeBand sizeBand,
                           OrganizationStatus status) {

    /** The name a deleted organisation keeps on its partners' side. */
    public static final String DELETED_NAME = "Organisation supprimée";

    public boolean deleted() {
        return status == OrganizationStatus.DELETED;
    }
}
