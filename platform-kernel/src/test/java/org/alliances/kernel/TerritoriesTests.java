package org.alliances.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference data as shipped, lookups, hierarchy, proximity and the picker's search. */
class TerritoriesTests {

    static final Territories territories = new Territories();

    @Test
    void everyCurrentCommuneEpciDepartementAndRegionIsThere() {
        assertThat(territories.all(TerritoryLevel.REGION)).hasSize(18);
        assertThat(territories.all(TerritoryLevel.DEPARTMENT)).hasSize(101);
        assertThat(territories.all(TerritoryLevel.EPCI)).hasSizeGreaterThan(1200);
        // 34,875 communes of metropolitan France and the five overseas départements, and the 45 municipal
        // arrondissements of Paris, Lyon and Marseille
        assertThat(territories.communeCount()).isEqualTo(34_920);
    }

    @Test
    void aCommuneIsFoundByItsInseeCodeWithItsPopulationAndPostalCodes() {
        var lyon = territories.commune("69123").orElseThrow();
        assertThat(lyon.name()).isEqualTo("Lyon");
        assertThat(lyon.departmentCode()).isEqualTo("69");
        assertThat(lyon.regionCode()).isEqualTo("84");
        assertThat(lyon.epciCode()).isEqualTo("200046977");
        assertThat(lyon.population()).isGreaterThan(500_000);
        assertThat(lyon.postalCodes()).contains("69001", "69009");
        assertThat(territories.commune("99999")).isEmpty();
    }

    @Test
    void theHierarchyGoesFromTheCommuneToItsRegion() {
        assertThat(territories.hierarchy("69266")).extracting(Territory::level, Territory::name).containsExactly(
                org.assertj.core.groups.Tuple.tuple(TerritoryLevel.COMMUNE, "Villeurbanne"),
                org.assertj.core.groups.Tuple.tuple(TerritoryLevel.EPCI, "Métropole de Lyon"),
                org.assertj.core.groups.Tuple.tuple(TerritoryLevel.DEPARTMENT, "Rhône"),
                org.assertj.core.groups.Tuple.tuple(TerritoryLevel.REGION, "Auvergne-Rhône-Alpes"));
        assertThat(territories.hierarchy("75115")).extracting(Territory::name)
                .containsExactly("Paris 15e Arrondissement", "Paris", "Métropole du Grand Paris", "Paris", "Île-de-France");
    }

    @Test
    void populationsAddUpFromCommunes() {
        var rhone = territories.territory(TerritoryLevel.DEPARTMENT, "69").orElseThrow();
        assertThat(rhone.population()).isBetween(1_800_000L, 2_000_000L);
        var france = territories.all(TerritoryLevel.REGION).stream().mapToLong(Territory::population).sum();
        assertThat(france).isBetween(66_000_000L, 70_000_000L);
    }

    @ParameterizedTest
    @CsvSource({
            "69123, 69123, SAME_COMMUNE",
            "69381, 69383, SAME_COMMUNE",
            "69381, 69123, SAME_COMMUNE",
            "69123, 69266, SAME_EPCI",
            "69123, 69264, SAME_DEPARTMENT",
            "69123, 38185, SAME_REGION",
            "69123, 44109, NATIONAL"})
    void proximityIsHierarchical(String one, String other, Proximity expected) {
        assertThat(territories.proximity(one, other)).isEqualTo(expected);
        assertThat(territories.proximity(other, one)).isEqualTo(expected);
    }

    @Test
    void proximityIsOrderedFromClosestToFarthest() {
        assertThat(Proximity.SAME_COMMUNE.isCloserThan(Proximity.SAME_EPCI)).isTrue();
        assertThat(Proximity.SAME_REGION.isCloserThan(Proximity.NATIONAL)).isTrue();
        assertThat(Proximity.NATIONAL.isCloserThan(Proximity.SAME_DEPARTMENT)).isFalse();
    }

    @Test
    void aTerritoryContainsItsCommunes() {
        var metropole = territories.territory(TerritoryLevel.EPCI, "200046977").orElseThrow();
        assertThat(territories.contains(metropole, "69266")).isTrue();
        assertThat(territories.contains(metropole, "38185")).isFalse();
        var paris = territories.territory(TerritoryLevel.COMMUNE, "75056").orElseThrow();
        assertThat(territories.contains(paris, "75115")).isTrue();
        assertThat(territories.largestCommune(metropole).name()).isEqualTo("Lyon");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "saint etienne|Saint-Étienne",
            "St-Étienne|Saint-Étienne",
            "SAINT-ETIENNE|Saint-Étienne",
            "epinal|Épinal",
            "aix en provence|Aix-en-Provence",
            "l'hay les roses|L'Haÿ-les-Roses",
            "lhay|L'Haÿ-les-Roses",
            "oeuf en|Œuf-en-Ternois",
            "paris 15|Paris 15e Arrondissement",
            "lyon 3e|Lyon 3e Arrondissement",
            "marseille 1er|Marseille 1er Arrondissement",
            "villeurb|Villeurbanne"})
    void theCommuneSearchIgnoresAccentsCaseHyphensAndApostrophes(String typed, String expected) {
        assertThat(territories.searchCommunes(typed, 0, 20)).extracting(Commune::name).contains(expected);
    }

    @Test
    void anExactNameComesFirstThenTheMostPopulous() {
        // Saint-Denis (La Réunion) and Saint-Denis (Seine-Saint-Denis) before the small ones of the same name
        assertThat(territories.searchCommunes("saint denis", 0, 2)).extracting(Commune::code).containsExactly("97411", "93066");
        assertThat(territories.searchCommunes("paris", 0, 1)).extracting(Commune::code).containsExactly("75056");
    }

    @Test
    void postalAndInseeCodesAreSearchedToo() {
        assertThat(territories.searchCommunes("69003", 0, 5)).extracting(Commune::code).contains("69123", "69383");
        assertThat(territories.searchCommunes("38185", 0, 5)).extracting(Commune::name).containsExactly("Grenoble");
    }

    @Test
    void theSearchIsPagedAndCounted() {
        int count = territories.countCommunes("saint");
        assertThat(count).isGreaterThan(3000);
        var first = territories.searchCommunes("saint", 0, 50);
        var second = territories.searchCommunes("saint", 50, 50);
        assertThat(first).hasSize(50).doesNotContainAnyElementsOf(second);
        assertThat(territories.searchCommunes("zzzzqx", 0, 50)).isEmpty();
    }

    @Test
    void theAuthorityPickerSearchesEveryLevel() {
        var found = territories.searchTerritories("rhone", List.of(TerritoryLevel.values()), 0, 50);
        assertThat(found).extracting(Territory::level).contains(TerritoryLevel.DEPARTMENT);
        assertThat(territories.searchTerritories("metropole de lyon", List.of(TerritoryLevel.EPCI), 0, 5))
                .extracting(Territory::code).containsExactly("200046977");
        assertThat(territories.searchTerritories("bretagne", List.of(TerritoryLevel.REGION), 0, 5))
                .extracting(Territory::code).containsExactly("53");
    }
}
