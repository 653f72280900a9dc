package org.alliances.kernel;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alliances.kernel.internal.TerritoryData;
import org.springframework.stereotype.Service;

/**
 * The French territory as reference data: all current communes, EPCI, départements and régions, with lookup,
 * the hierarchy, proximity, and the accent- and case-insensitive prefix search behind the pickers.
 * The data is derived from @etalab/decoupage-administratif 6.0.0 (MIT) and held in memory.
 */
@Service
public class Territories {

    /**
     * The time zone of the territories the platform covers (metropolitan France; overseas collectivities are left
     * out, decision 0004): days — deadlines, "today" — are counted and dates shown in it.
     */
    public static final java.time.ZoneId TIME_ZONE = java.time.ZoneId.of("Europe/Paris");

    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-'’.,/]+");

    private final Map<String, Commune> communes;
    private final Map<String, Territory> epcis;
    private final Map<String, Territory> departments;
    private final Map<String, Territory> regions;
    private final List<Searchable> searchIndex;

    public Territories() {
        this(TerritoryData.load());
    }

    Territories(TerritoryData data) {
        this.communes = index(data.communes(), Commune::code);
        var populationOfDepartment = data.communes().stream().filter(c -> !c.isArrondissement())
                .collect(Collectors.groupingBy(Commune::departmentCode, Collectors.summingLong(Commune::population)));
        var populationOfRegion = data.communes().stream().filter(c -> !c.isArrondissement())
                .collect(Collectors.groupingBy(Commune::regionCode, Collectors.summingLong(Commune::population)));
        this.epcis = index(data.epcis(), Territory::code);
        this.departments = index(data.departmentNames().entrySet().stream()
                .map(e -> new Territory(TerritoryLevel.DEPARTMENT, e.getKey(), e.getValue(),
                        populationOfDepartment.getOrDefault(e.getKey(), 0L))).toList(), Territory::code);
        this.regions = index(data.regionNames().entrySet().stream()
                .map(e -> new Territory(TerritoryLevel.REGION, e.getKey(), e.getValue(),
                        populationOfRegion.getOrDefault(e.getKey(), 0L))).toList(), Territory::code);
        this.searchIndex = Stream.of(communes.values().stream().map(Commune::asTerritory), epcis.values().stream(),
                        departments.values().stream(), regions.values().stream())
                .flatMap(Function.identity())
                .map(t -> new Searchable(t, normalize(t.name())))
                .sorted(Comparator.comparingLong((Searchable s) -> -s.territory().population()))
                .toList();
    }

    private static <T> Map<String, T> index(List<T> values, Function<T, String> key) {
        return values.stream().collect(Collectors.toUnmodifiableMap(key, Function.identity()));
    }

    public Optional<Commune> commune(String code) {
        return Optional.ofNullable(code).map(communes::get);
    }

    public Optional<Territory> territory(TerritoryLevel level, String code) {
        if (code == null) {
            return Optional.empty();
        }
        return Optional.ofNullable(switch (level) {
            case COMMUNE -> communes.containsKey(code) ? communes.get(code).asTerritory() : null;
            case EPCI -> epcis.get(code);
            case DEPARTMENT -> departments.get(code);
            case REGION -> regions.get(code);
        });
    }

    public int communeCount() {
        return communes.size();
    }

    public List<Territory> all(TerritoryLevel level) {
        var values = switch (level) {
            case COMMUNE -> communes.values().stream().map(Commune::asTerritory).toList();
            case EPCI -> epcis.values();
            case DEPARTMENT -> departments.values();
            case REGION -> regions.values();
        };
        return values.stream().sorted(Comparator.comparing(Territory::code)).toList();
    }

    /** The territories a commune belongs to, from itself up to its région (the EPCI is skipped when it has none). */
    public List<Territory> hierarchy(String communeCode) {
        var commune = commune(communeCode).orElseThrow(() -> new IllegalArgumentException("Unknown commune " + communeCode));
        var result = new ArrayList<Territory>();
        result.add(commune.asTerritory());
        if (commune.isArrondissement()) {
            commune(commune.parentCode()).map(Commune::asTerritory).ifPresent(result::add);
        }
        commune.epci().map(epcis::get).ifPresent(result::add);
        result.add(departments.get(commune.departmentCode()));
        result.add(regions.get(commune.regionCode()));
        return List.copyOf(result);
    }

    /** Whether a commune lies inside a territory of any level (a commune contains its arrondissements). */
    public boolean contains(Territory territory, String communeCode) {
        return commune(communeCode).map(commune -> switch (territory.level()) {
            case COMMUNE -> territory.code().equals(commune.code()) || territory.code().equals(commune.municipalityCode());
            case EPCI -> territory.code().equals(commune.epciCode());
            case DEPARTMENT -> territory.code().equals(commune.departmentCode());
            case REGION -> territory.code().equals(commune.regionCode());
        }).orElse(false);
    }

    /** The most populous commune of a territory: the seat used for a local authority's account. */
    public Commune largestCommune(Territory territory) {
        return communes.values().stream().filter(c -> !c.isArrondissement() && contains(territory, c.code()))
                .max(Comparator.comparingLong(Commune::population))
                .orElseThrow(() -> new IllegalArgumentException("No commune in " + territory));
    }

    /** Same commune > same EPCI > same département > same région > national. */
    public Proximity proximity(String communeCode, String otherCommuneCode) {
        var one = commune(communeCode).orElseThrow(() -> new IllegalArgumentException("Unknown commune " + communeCode));
        var other = commune(otherCommuneCode).orElseThrow(() -> new IllegalArgumentException("Unknown commune " + otherCommuneCode));
        if (one.municipalityCode().equals(other.municipalityCode())) {
            return Proximity.SAME_COMMUNE;
        }
        if (one.epci().isPresent() && one.epciCode().equals(other.epciCode())) {
            return Proximity.SAME_EPCI;
        }
        if (one.departmentCode().equals(other.departmentCode())) {
            return Proximity.SAME_DEPARTMENT;
        }
        if (one.regionCode().equals(other.regionCode())) {
            return Proximity.SAME_REGION;
        }
        return Proximity.NATIONAL;
    }

    /**
     * Communes whose name starts with the text, ignoring case, accents, hyphens and apostrophes ("st" stands for
     * "saint"); a postal code or an INSEE code prefix also works. Exact names come first, then by population.
     */
    public List<Commune> searchCommunes(String text, int offset, int limit) {
        return search(text, TerritoryLevel.COMMUNE).skip(offset).limit(limit)
                .map(t -> communes.get(t.code())).toList();
    }

    public int countCommunes(String text) {
        return (int) search(text, TerritoryLevel.COMMUNE).count();
    }

    /** Territories of the given levels whose name starts with the text: the picker of a local authority. */
    public List<Territory> searchTerritories(String text, List<TerritoryLevel> levels, int offset, int limit) {
        return search(text, levels.toArray(TerritoryLevel[]::new)).skip(offset).limit(limit).toList();
    }

    public int countTerritories(String text, List<TerritoryLevel> levels) {
        return (int) search(text, levels.toArray(TerritoryLevel[]::new)).count();
    }

    private Stream<Territory> search(String text, TerritoryLevel... levels) {
        var wanted = List.of(levels);
        var query = normalize(text == null ? "" : text);
        var compactQuery = query.replace(" ", "");
        if (query.isEmpty()) {
            return searchIndex.stream().filter(s -> wanted.contains(s.territory().level())).map(Searchable::territory);
        }
        if (query.chars().allMatch(Character::isDigit) || query.matches("\\d[\\dab]\\d*")) {
            return searchIndex.stream().filter(s -> wanted.contains(s.territory().level()))
                    .filter(s -> s.territory().code().startsWith(query.toUpperCase(Locale.ROOT))
                            || (s.territory().level() == TerritoryLevel.COMMUNE
                            && communes.get(s.territory().code()).postalCodes().stream().anyMatch(p -> p.startsWith(query))))
                    .map(Searchable::territory);
        }
        return searchIndex.stream()
                .filter(s -> wanted.contains(s.territory().level()))
                .filter(s -> s.normalizedName().startsWith(query) || s.normalizedName().contains(" " + query)
                        || s.compactName().startsWith(compactQuery))
                .sorted(Comparator.comparingInt((Searchable s) -> s.normalizedName().equals(query) ? 0
                        : s.normalizedName().startsWith(query) ? 1 : 2))
                .map(Searchable::territory);
    }

    /** Lower case, no accents, words separated by single spaces, "st"/"ste" read as "saint"/"sainte". */
    public static String normalize(String text) {
        var withoutAccents = DIACRITICS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        var words = SEPARATORS.split(withoutAccents.toLowerCase(Locale.ROOT).replace("œ", "oe").replace("æ", "ae").trim());
        var result = new StringBuilder();
        for (String word : words) {
            if (word.isEmpty()) {
                continue;
            }
            if (!result.isEmpty()) {
                result.append(' ');
            }
            result.append(switch (word) {
                case "st" -> "saint";
                case "ste" -> "sainte";
                default -> word;
            });
        }
        return result.toString();
    }

    /** A territory with its name normalised for search, and the same without spaces ("lhay" finds "L'Haÿ"). */
    private record Searchable(Territory territory, String normalizedName, String compactName) {
        Searchable(Territory territory, String normalizedName) {
            this(territory, normalizedName, normalizedName.replace(" ", ""));
        }
    }
}
