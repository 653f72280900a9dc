package org.alliances.kernel;

import java.util.List;
import java.util.Optional;

/**
 * A current commune, or a municipal arrondissement of Paris, Lyon or Marseille (then {@code parentCode} is its city).
 *
 * @param epciCode SIREN of the EPCI the commune belongs to, empty for the few communes outside any EPCI
 */
public record Commune(String code, String name, String departmentCode, String regionCode, String epciCode,
                      String parentCode, long population, List<String> postalCodes) {

    public boolean isArrondissement() {
        return !parentCode.isEmpty();
    }

    /** The commune that counts for proximity: the city for an arrondissement, the commune itself otherwise. */
    public String municipalityCode() {
        return isArrondissement() ? parentCode : code;
    }

    public Optional<String> epci() {
        return epciCode.isEmpty() ? Optional.empty() : Optional.of(epciCode);
    }

    /** "Lyon 3e Arrondissement (69)": what a picker shows. */
    public String displayName() {
        return name + " (" + departmentCode + ")";
    }

    public Territory asTerritory() {
        return new Territory(TerritoryLevel.COMMUNE, code, name, population);
    }
}
