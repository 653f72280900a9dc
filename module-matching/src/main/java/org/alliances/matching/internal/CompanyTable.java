package org.alliances.matching.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliances.kernel.Proximity;
import org.alliances.matching.Contribution;

/**
 * The companies of the matching index as columns, so that a scan reads them in order without following a reference
 * per company, and the scan of those columns for one need.
 */
final class CompanyTable {

    private static final int CONTRIBUTIONS = Contribution.values().length;

    final int size;
    final UUID[] ids;
    /** Each company's organisation as a small code (see {@link CompactForms}). */
    final int[] codes;
    final String[] searchable;
    final long[] themes;
    final int[] contributions;
    /** The capacity of each company for each contribution, {@link #CONTRIBUTIONS} a company. */
    final int[] capacities;
    /** Where each company's places start in the place columns (one more than the companies, for the last end). */
    final int[] placeStart;
    final int[] municipality;
    final int[] epci;
    final int[] department;
    final int[] region;
    final int[] targets;
    final int[] maturity;
    /** The rows of the companies present in each région. */
    final Map<Integer, int[]> byRegion = new HashMap<>();

    /**
     * @param companies in any order: they are laid out by the région of their first place, so that the rows of one
     *                  région are read nearly in order
     */
    CompanyTable(CompanyEntry[] companies) {
        var entries = companies.clone();
        Arrays.sort(entries, Comparator.comparingInt(CompanyTable::firstRegion));
        size = entries.length;
        ids = new UUID[size];
        codes = new int[size];
        searchable = new String[size];
        themes = new long[size];
        contributions = new int[size];
        capacities = new int[size * CONTRIBUTIONS];
        placeStart = new int[size + 1];
        targets = new int[size];
        maturity = new int[size];
        int placeCount = 0;
        for (var entry : entries) {
            placeCount += entry.places().length;
        }
        municipality = new int[placeCount];
        epci = new int[placeCount];
        department = new int[placeCount];
        region = new int[placeCount];
        int at = 0;
        for (int j = 0; j < size; j++) {
            var entry = entries[j];
            ids[j] = entry.id();
            codes[j] = entry.code();
            searchable[j] = entry.searchableName();
            themes[j] = entry.themes();
            contributions[j] = entry.contributions();
            System.arraycopy(entry.capacities(), 0, capacities, j * CONTRIBUTIONS, CONTRIBUTIONS);
            targets[j] = entry.targets();
            maturity[j] = entry.maturity();
            placeStart[j] = at;
            for (var place : entry.places()) {
                municipality[at] = place.municipality();
                epci[at] = place.epci();
                department[at] = place.department();
                region[at++] = place.region();
            }
        }
        placeStart[size] = at;
        var rows = new HashMap<Integer, List<Integer>>();
        for (int j = 0; j < size; j++) {
            var seen = new HashSet<Integer>();
            for (var place : entries[j].places()) {
                if (seen.add(place.region())) {
                    rows.computeIfAbsent(place.region(), key -> new ArrayList<>()).add(j);
                }
            }
        }
        rows.forEach((key, list) -> byRegion.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
    }

    /**
     * Every company that passes the hard rules and the filter for this need, with its score. A need that does not
     * reach the whole country only meets companies present in its région, so only those rows are read.
     */
    Scan scan(NeedEntry need, ScanFilter filter, double freshness) {
        int farthest = Math.min(need.farthest(), filter.within());
        var at = need.place();
        int[] rows = need.farthest() == Proximity.NATIONAL.ordinal() ? null : byRegion.getOrDefault(at.region(), new int[0]);
        int count = rows == null ? size : rows.length;
        var result = Scan.forNeed(need.id(), ids, count);
        for (int row = 0; row < count; row++) {
            int j = rows == null ? row : rows[row];
            if (filter.theme() != 0 && (themes[j] & filter.theme()) == 0
                    || filter.category() != 0 && (targets[j] & filter.category()) == 0
                    || filter.contribution() != 0 && (contributions[j] & filter.contribution()) == 0
                    || filter.words().length > 0 && !filter.matches(searchable[j])) {
                continue;
            }
            int closest = closest(j, at);
            if (closest > farthest || need.organizationCode() == codes[j]) {
                continue;
            }
            result.add(j, score(j, need, closest, freshness));
        }
        return result;
    }

    private static int firstRegion(CompanyEntry entry) {
        return entry.places().length == 0 ? Integer.MAX_VALUE : entry.places()[0].region();
    }

    /** The closest of the company's places to this one, as a proximity rank. */
    int closest(int j, Place at) {
        int closest = Proximity.NATIONAL.ordinal() + 1;
        for (int k = placeStart[j]; k < placeStart[j + 1]; k++) {
            closest = Math.min(closest, Place.proximity(at.municipality(), at.epci(), at.department(), at.region(),
                    municipality[k], epci[k], department[k], region[k]));
        }
        return closest;
    }

    /** The company's score for this need, with {@link MatchScoring}'s factors and weights. */
    int score(int j, NeedEntry need, int closest, double freshness) {
        int contribution = need.contribution();
        return MatchScoring.combine(
                MatchScoring.contributionValue((contributions[j] & (1 << contribution)) != 0, capacities[j * CONTRIBUTIONS + contribution],
                        need.quantityCounted(), need.quantity()),
                MatchScoring.themeValue(need.themes(), need.themeCount(), themes[j]), MatchScoring.proximityValue(closest),
                MatchScoring.categoryValue(need.modelCategories(), need.modelCount(), targets[j]),
                MatchScoring.maturityValue(need.coConstruction(), MaturityLevels.of(maturity[j])), freshness);
    }
}
