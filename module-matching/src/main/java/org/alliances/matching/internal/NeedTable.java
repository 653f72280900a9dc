package org.alliances.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;
import java.util.UUID;

import org.alliances.kernel.Proximity;

/**
 * The published needs of the matching index as columns, so that a scan reads them in order without following a
 * reference per need, and the scan of those columns for one company.
 */
final class NeedTable {

    final int size;
    final UUID[] ids;
    final UUID[] organizationIds;
    /** Each need's organisation as a small code (see {@link CompactForms}). */
    final int[] organizationCodes;
    final String[] searchable;
    final long[] themes;
    final int[] themeCount;
    final int[] contribution;
    final int[] categories;
    final int[] municipality;
    final int[] epci;
    final int[] department;
    final int[] region;
    final int[] farthest;
    final boolean[] quantityCounted;
    final double[] quantity;
    final long[] deadlineDay;
    /** The last activity in nanoseconds since 1970 (a long holds them until 2262). */
    final long[] activityNanos;
    /** The category mask of each of the need's models, four bits a model. */
    final long[] modelCategories;
    final int[] modelCount;
    /** Whether one of the need's models is all co-construction (no entry-door category). */
    final boolean[] coConstruction;
    /** The needs that reach the whole country come first, up to this row. */
    final int nationalEnd;
    /** The other needs follow, région by région: the first row and the row after the last of each. */
    final Map<Integer, int[]> regionRows = new HashMap<>();

    /**
     * @param needs in any order: they are laid out national first, then région by région, so that a scan reads each
     *              group of rows in order
     */
    NeedTable(NeedEntry[] needs) {
        var entries = needs.clone();
        Arrays.sort(entries, Comparator.comparingInt(NeedTable::group));
        size = entries.length;
        ids = new UUID[size];
        organizationIds = new UUID[size];
        organizationCodes = new int[size];
        searchable = new String[size];
        themes = new long[size];
        themeCount = new int[size];
        contribution = new int[size];
        categories = new int[size];
        municipality = new int[size];
        epci = new int[size];
        department = new int[size];
        region = new int[size];
        farthest = new int[size];
        quantityCounted = new boolean[size];
        quantity = new double[size];
        deadlineDay = new long[size];
        activityNanos = new long[size];
        modelCategories = new long[size];
        modelCount = new int[size];
        coConstruction = new boolean[size];
        for (int i = 0; i < size; i++) {
            var entry = entries[i];
            ids[i] = entry.id();
            organizationIds[i] = entry.organizationId();
            organizationCodes[i] = entry.organizationCode();
            searchable[i] = entry.searchableText();
            themes[i] = entry.themes();
            themeCount[i] = entry.themeCount();
            contribution[i] = entry.contribution();
            categories[i] = entry.categories();
            municipality[i] = entry.place().municipality();
            epci[i] = entry.place().epci();
            department[i] = entry.place().department();
            region[i] = entry.place().region();
            farthest[i] = entry.farthest();
            quantityCounted[i] = entry.quantityCounted();
            quantity[i] = entry.quantity();
            deadlineDay[i] = entry.facts().deadline() == null ? Long.MAX_VALUE : entry.facts().deadline().toEpochDay();
            activityNanos[i] = nanos(entry.facts().lastActivityAt());
            modelCategories[i] = entry.modelCategories();
            modelCount[i] = entry.modelCount();
            coConstruction[i] = entry.coConstruction();
        }
        int national = 0;
        while (national < size && farthest[national] == Proximity.NATIONAL.ordinal()) {
            national++;
        }
        nationalEnd = national;
        for (int i = nationalEnd; i < size; i++) {
            regionRows.computeIfAbsent(region[i], key -> new int[2])[1] = i + 1;
        }
        regionRows.forEach((key, range) -> range[0] = firstRowOf(key));
    }

    private int firstRowOf(int regionCode) {
        int row = nationalEnd;
        while (region[row] != regionCode) {
            row++;
        }
        return row;
    }

    /** National needs first, then the others by région. */
    private static int group(NeedEntry entry) {
        return entry.farthest() == Proximity.NATIONAL.ordinal() ? Integer.MIN_VALUE : entry.place().region();
    }

    /**
     * Every published need that passes the hard rules and the filter for this company, with its score: the needs that
     * reach the whole country, and the others of the régions where the company is present.
     */
    Scan scan(CompanyEntry company, ScanFilter filter, LocalDate today, Instant now) {
        var ranges = new ArrayList<int[]>();
        ranges.add(new int[] {0, nationalEnd});
        var regions = new TreeSet<Integer>();
        for (var place : company.places()) {
            regions.add(place.region());
        }
        regions.forEach(key -> ranges.add(regionRows.getOrDefault(key, new int[] {0, 0})));
        var result = Scan.forCompany(ids, organizationIds, ranges.stream().mapToInt(range -> range[1] - range[0]).sum());
        long todayDay = today.toEpochDay();
        long nowNanos = nanos(now);
        for (var range : ranges) {
            for (int i = range[0]; i < range[1]; i++) {
                if (deadlineDay[i] < todayDay
                        || filter.theme() != 0 && (themes[i] & filter.theme()) == 0
                        || filter.category() != 0 && (categories[i] & filter.category()) == 0
                        || filter.contributionOrdinal() >= 0 && contribution[i] != filter.contributionOrdinal()
                        || filter.words().length > 0 && !filter.matches(searchable[i])) {
                    continue;
                }
                int closest = closest(i, company.places());
                if (closest > Math.min(farthest[i], filter.within()) || organizationCodes[i] == company.code()) {
                    continue;
                }
                result.add(i, score(i, company, closest, nowNanos));
            }
        }
        return result;
    }

    /** The closest of the company's places to the need, as a proximity rank. */
    int closest(int i, Place[] places) {
        int closest = Proximity.NATIONAL.ordinal() + 1;
        for (var place : places) {
            closest = Math.min(closest, Place.proximity(municipality[i], epci[i], department[i], region[i],
                    place.municipality(), place.epci(), place.department(), place.region()));
        }
        return closest;
    }

    /** The need's score for this company, with {@link MatchScoring}'s factors and weights. */
    int score(int i, CompanyEntry company, int closest, long nowNanos) {
        int kind = contribution[i];
        // as Duration.between(lastActivity, now).toMillis(): the whole milliseconds elapsed
        long elapsedMillis = Math.floorDiv(nowNanos - activityNanos[i], 1_000_000L);
        return MatchScoring.combine(
                MatchScoring.contributionValue((company.contributions() & (1 << kind)) != 0, company.capacities()[kind],
                        quantityCounted[i], quantity[i]),
                MatchScoring.themeValue(themes[i], themeCount[i], company.themes()), MatchScoring.proximityValue(closest),
                MatchScoring.categoryValue(modelCategories[i], modelCount[i], company.targets()),
                MatchScoring.maturityValue(coConstruction[i], MaturityLevels.of(company.maturity())), MatchScoring.freshness(elapsedMillis));
    }

    static long nanos(Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
