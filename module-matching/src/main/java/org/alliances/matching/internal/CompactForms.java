package org.alliances.matching.internal;

import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.alliances.kernel.Category;
import org.alliances.kernel.Proximity;
import org.alliances.kernel.Territories;
import org.alliances.matching.Contribution;
import org.alliances.matching.PartnerProfile;
import org.springframework.stereotype.Component;

/**
 * Turns a company's profile and a need's facts into the matching index's compact forms: bit masks, ordinals and places
 * as small codes. The codes are given in the order places are first seen, so one instance serves the whole index.
 */
@Component
class CompactForms {

    private static final Proximity[] PROXIMITIES = Proximity.values();

    private final Territories territories;
    private final Map<String, Place> places = new ConcurrentHashMap<>();
    private final Map<String, Integer> codes = new ConcurrentHashMap<>();
    private final Map<UUID, Integer> organizationCodes = new ConcurrentHashMap<>();
    /** The next code to give: each key gets its code once, atomically, and no two keys share one. */
    private final AtomicInteger nextCode = new AtomicInteger();

    CompactForms(Territories territories) {
        this.territories = territories;
    }

    CompanyEntry company(PartnerProfile profile, String name) {
        long themeBits = 0;
        for (var theme : profile.themes()) {
            themeBits |= ScanFilter.bit(theme);
        }
        int contributionBits = 0;
        var capacities = new int[Contribution.values().length];
        Arrays.fill(capacities, MatchScoring.NO_CAPACITY);
        for (var offered : profile.contributions().entrySet()) {
            contributionBits |= (int) ScanFilter.bit(offered.getKey());
            capacities[offered.getKey().ordinal()] = offered.getValue() == null ? MatchScoring.NO_CAPACITY : offered.getValue();
        }
        int targetBits = 0;
        for (var category : profile.targetCategories()) {
            targetBits |= (int) ScanFilter.bit(category);
        }
        var companyPlaces = profile.communeCodes().stream().map(this::place).filter(Objects::nonNull).toArray(Place[]::new);
        return new CompanyEntry(profile.organizationId(), organizationCode(profile.organizationId()), name, Territories.normalize(name), themeBits, contributionBits, capacities,
                companyPlaces, targetBits, MaturityLevels.ordinal(profile.maturity()), profile);
    }

    NeedEntry need(MatchScoring.NeedFacts facts, String organizationName, String description) {
        long themeBits = 0;
        for (var theme : facts.themes()) {
            themeBits |= ScanFilter.bit(theme);
        }
        int categoryBits = 0;
        // each model's categories, four bits a model; whether one model is all co-construction
        long packed = 0;
        int models = 0;
        boolean coConstruction = false;
        for (var model : facts.models()) {
            long mask = 0;
            for (var category : model.categories()) {
                mask |= ScanFilter.bit(category);
            }
            categoryBits |= (int) mask;
            packed |= mask << (4 * models++);
            coConstruction |= model.categories().stream().noneMatch(Category::isEntryDoor);
        }
        int farthest = 0;
        for (var proximity : PROXIMITIES) {
            if (facts.reach().covers(proximity)) {
                farthest = Math.max(farthest, proximity.ordinal());
            }
        }
        boolean counted = MatchScoring.isCounted(facts.quantity());
        return new NeedEntry(facts.id(), facts.organizationId(), organizationCode(facts.organizationId()), organizationName, facts.title(),
                Territories.normalize(facts.title() + " " + (description == null ? "" : description)), themeBits, facts.themes().size(),
                facts.contribution().ordinal(), categoryBits, place(facts.communeCode()), farthest, counted,
                counted ? facts.quantity().doubleValue() : 0, packed, models, coConstruction, facts);
    }

    private Place place(String communeCode) {
        return places.computeIfAbsent(communeCode, code -> territories.commune(code).map(commune -> new Place(
                code(commune.municipalityCode()), commune.epci().isPresent() ? code("E" + commune.epciCode()) : -1,
                code("D" + commune.departmentCode()), code("R" + commune.regionCode()))).orElse(null));
    }

    /** An organisation as a small code, so that a scan compares two integers instead of two uuids. */
    private int organizationCode(UUID organizationId) {
        return organizationCodes.computeIfAbsent(organizationId, key -> nextCode.getAndIncrement());
    }

    private int code(String value) {
        return codes.computeIfAbsent(value, key -> nextCode.getAndIncrement());
    }
}
