package org.alliances.observatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.alliances.kernel.Commune;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Territory;
import org.alliances.kernel.TerritoryLevel;
import org.springframework.stereotype.Component;

/**
 * The areas the observatory rolls figures up to, built once from the kernel's territories: the keys a commune counts
 * in (itself, its city for an arrondissement, its EPCI, département, région, the country), the areas one level below
 * an area, and whether an area lies inside another (an EPCI across two départements lies inside both).
 */
@Component
public class AreaTree {

    private final Territories territories;
    private final Map<String, List<String>> keysOfCommune = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> enclosing = new HashMap<>();
    private final Map<String, List<Area>> children = new HashMap<>();
    /** The départements some of whose communes belong to no EPCI, or to an EPCI across their border. */
    private final Set<String> departmentsNotMadeOfTheirEpci = new java.util.HashSet<>();

    AreaTree(Territories territories) {
        this.territories = territories;
        var epcisOfDepartment = new HashMap<String, Set<String>>();
        for (var commune : territories.all(TerritoryLevel.COMMUNE)) {
            var keys = keysOf(commune.code());
            for (var key : keys) {
                enclosing.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(keys.subList(keys.indexOf(key), keys.size()));
            }
            var full = territories.commune(commune.code()).orElseThrow();
            full.epci().ifPresent(epci -> epcisOfDepartment.computeIfAbsent(full.departmentCode(), d -> new LinkedHashSet<>()).add(epci));
            if (full.epci().isEmpty() && !full.isArrondissement()) {
                departmentsNotMadeOfTheirEpci.add("D" + full.departmentCode());
            }
        }
        epcisOfDepartment.forEach((department, epcis) -> epcis.forEach(epci -> {
            if (enclosing.getOrDefault("E" + epci, Set.of()).stream().filter(key -> key.startsWith("D")).count() > 1) {
                departmentsNotMadeOfTheirEpci.add("D" + department);
            }
        }));
        children.put("FR", areas(AreaLevel.REGION, territories.all(TerritoryLevel.REGION)));
        for (var region : territories.all(TerritoryLevel.REGION)) {
            children.put("R" + region.code(), territories.all(TerritoryLevel.DEPARTMENT).stream()
                    .filter(d -> enclosing.getOrDefault("D" + d.code(), Set.of()).contains("R" + region.code()))
                    .map(d -> new Area(AreaLevel.DEPARTMENT, d.code())).toList());
        }
        for (var department : territories.all(TerritoryLevel.DEPARTMENT)) {
            children.put("D" + department.code(), epcisOfDepartment.getOrDefault(department.code(), Set.of()).stream().sorted()
                    .map(code -> new Area(AreaLevel.EPCI, code)).toList());
        }
        var communesOfEpci = new HashMap<String, List<Area>>();
        var arrondissementsOf = new HashMap<String, List<Area>>();
        for (var territory : territories.all(TerritoryLevel.COMMUNE)) {
            var commune = territories.commune(territory.code()).orElseThrow();
            if (commune.isArrondissement()) {
                arrondissementsOf.computeIfAbsent("C" + commune.parentCode(), k -> new ArrayList<>()).add(new Area(AreaLevel.COMMUNE, commune.code()));
            } else {
                commune.epci().ifPresent(epci -> communesOfEpci.computeIfAbsent("E" + epci, k -> new ArrayList<>())
                        .add(new Area(AreaLevel.COMMUNE, commune.code())));
            }
        }
        children.putAll(communesOfEpci);
        children.putAll(arrondissementsOf);
    }

    private static List<Area> areas(AreaLevel level, List<Territory> territories) {
        return territories.stream().map(t -> new Area(level, t.code())).toList();
    }

    /** The keys a commune's figures count in, from itself up to the country. */
    public List<String> keysOf(String communeCode) {
        return keysOfCommune.computeIfAbsent(communeCode, code -> {
            var commune = territories.commune(code).orElseThrow(() -> new IllegalArgumentException("Unknown commune " + code));
            var keys = new ArrayList<String>();
            keys.add("C" + commune.code());
            if (commune.isArrondissement()) {
                keys.add("C" + commune.parentCode());
            }
            commune.epci().ifPresent(epci -> keys.add("E" + epci));
            keys.add("D" + commune.departmentCode());
            keys.add("R" + commune.regionCode());
            keys.add("FR");
            return List.copyOf(keys);
        });
    }

    public boolean knows(Area area) {
        return area.level() == AreaLevel.COUNTRY || territory(area).isPresent();
    }

    /** Whether {@code inner} is {@code outer} or lies (at least in part) inside it. */
    public boolean contains(Area outer, Area inner) {
        return outer.level() == AreaLevel.COUNTRY || enclosing.getOrDefault(inner.key(), Set.of()).contains(outer.key());
    }

    /** The areas one level below: régions of the country, départements of a région, EPCI of a département… */
    public List<Area> children(Area area) {
        return children.getOrDefault(area.key(), List.of());
    }

    /**
     * Whether the area's figures are exactly the sum of those of the areas one level below: always, but for a
     * département with a commune outside any EPCI or an EPCI across its border.
     */
    public boolean isSumOfChildren(Area area) {
        return !children(area).isEmpty() && switch (area.level()) {
            case COUNTRY, REGION, EPCI -> true;
            case DEPARTMENT -> !departmentsNotMadeOfTheirEpci.contains(area.key());
            case COMMUNE -> false;
        };
    }

    /** The areas the map of an area colours: départements for the country and a région, EPCI for a département, communes for an EPCI. */
    public List<Area> mapped(Area area) {
        return switch (area.level()) {
            case COUNTRY -> territories.all(TerritoryLevel.DEPARTMENT).stream().map(d -> new Area(AreaLevel.DEPARTMENT, d.code())).toList();
            case REGION, DEPARTMENT, EPCI -> children(area);
            default -> List.of();
        };
    }

    /** From the country down to the area (an arrondissement's city included): the breadcrumb. */
    public List<Area> ancestors(Area area) {
        if (area.level() == AreaLevel.COUNTRY) {
            return List.of();
        }
        var result = new ArrayList<Area>();
        var around = enclosing.getOrDefault(area.key(), Set.of()).stream().map(key -> Area.parse(key).orElseThrow()).toList();
        for (var level : AreaLevel.values()) {
            if (level.ordinal() > area.level().ordinal()) {
                break;
            }
            around.stream().filter(a -> a.level() == level && !a.equals(area)).findFirst().ifPresent(result::add);
        }
        return List.copyOf(result);
    }

    public Optional<Territory> territory(Area area) {
        return switch (area.level()) {
            case COUNTRY -> Optional.empty();
            case REGION -> territories.territory(TerritoryLevel.REGION, area.code());
            case DEPARTMENT -> territories.territory(TerritoryLevel.DEPARTMENT, area.code());
            case EPCI -> territories.territory(TerritoryLevel.EPCI, area.code());
            case COMMUNE -> territories.territory(TerritoryLevel.COMMUNE, area.code());
        };
    }

    public String name(Area area, String countryName) {
        return territory(area).map(Territory::name).orElse(countryName);
    }

    /** Inhabitants of the area (the country: every commune that is not an arrondissement). */
    public long population(Area area) {
        if (area.level() == AreaLevel.COUNTRY) {
            return territories.all(TerritoryLevel.REGION).stream().mapToLong(Territory::population).sum();
        }
        return territory(area).map(Territory::population).orElse(0L);
    }

    Optional<Commune> commune(String code) {
        return territories.commune(code);
    }
}
