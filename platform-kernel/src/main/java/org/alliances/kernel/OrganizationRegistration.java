package org.alliances.kernel;

/**
 * What is needed to register an organisation; the service checks it and says what is wrong, field by field.
 *
 * @param identifier SIREN or RNA for associations and companies; the territory's code for a local authority
 * @param communeCode the commune of the head office (for a local authority: its seat, or any commune of its territory)
 */
public record OrganizationRegistration(OrganizationType type, String name, String identifier, String communeCode,
                                       TerritoryLevel territoryLevel, Sector sector, SizeBand sizeBand) {

    public static OrganizationRegistration association(String name, String identifier, String communeCode) {
        return new OrganizationRegistration(OrganizationType.ASSOCIATION, name, identifier, communeCode, null, null, null);
    }

    public static OrganizationRegistration company(String name, String siren, String communeCode, Sector sector, SizeBand sizeBand) {
        return new OrganizationRegistration(OrganizationType.COMPANY, name, siren, communeCode, null, sector, sizeBand);
    }

    public static OrganizationRegistration localAuthority(Territory territory, String seatCommuneCode) {
        return new OrganizationRegistration(OrganizationType.LOCAL_AUTHORITY, territory.name(), territory.code(),
                seatCommuneCode, territory.level(), null, null);
    }
}
