package org.alliances.kernel;

/**
 * One territory of any level: a commune (or a municipal arrondissement), an EPCI, a département or a région.
 *
 * @param code the INSEE code (the SIREN for an EPCI)
 * @param population the municipal population, summed over the communes for départements and régions
 */
public record Territory(TerritoryLevel level, String code, String name, long population) {
}
