package org.alliances.resources.internal;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.resources.Facet;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceType;

/** Counts per facet value, for the documents that count in each facet. */
final class FacetCounts {
    final int[] types = new int[ResourceType.values().length];
    final int[] purposes = new int[Purpose.values().length];
    final int[] categoryCounts = new int[Category.values().length];
    final int[] modelCounts = new int[CooperationModel.values().length];
    final int[] audienceCounts = new int[OrganizationType.values().length];
    final int[] themeCounts = new int[Theme.values().length];
    final int[] departmentCounts = new int[IndexedDocuments.DEPARTMENTS_MAX];
    final int[] yearCounts = new int[201];

    void count(int dimension, IndexedDocuments index, int doc) {
        switch (dimension) {
            case 0 -> types[index.type[doc]]++;
            case 1 -> purposes[index.purpose[doc]]++;
            case 2 -> countBits(index.categories[doc] & 0xFF, categoryCounts);
            case 3 -> countBits(index.models[doc] & 0xFFFF, modelCounts);
            case 4 -> countBits(index.audiences[doc] & 0xFF, audienceCounts);
            case 5 -> countBits(index.themes[doc], themeCounts);
            case 6 -> {
                if (index.department[doc] >= 0) {
                    departmentCounts[index.department[doc]]++;
                }
            }
            default -> {
                if (index.year[doc] >= 1900 && index.year[doc] <= 2100) {
                    yearCounts[index.year[doc] - 1900]++;
                }
            }
        }
    }

    /** A document that passes every filter counts in every facet. */
    void countAll(IndexedDocuments index, int doc) {
        if (kinds == null) {
            kinds = new int[ResourceType.values().length * IndexedDocuments.PURPOSES];
            reaches = new int[256];
            modelSets = new int[1 << CooperationModel.values().length];
            themeLows = new int[1 << 11];
            themeHighs = new int[1 << 11];
            departmentSlots = new int[IndexedDocuments.DEPARTMENTS_MAX + 1];
            yearSlots = new int[IndexedDocuments.YEAR_SLOTS];
        }
        kinds[index.kind[doc]]++;
        reaches[index.reach[doc] & 0xFF]++;
        modelSets[index.models[doc] & 0xFFFF]++;
        themeLows[index.themeLow[doc]]++;
        themeHighs[index.themeHigh[doc]]++;
        departmentSlots[index.department[doc] + 1]++;
        yearSlots[index.yearSlot[doc]]++;
    }

    // packed counts of the hot path, unfolded into the facets' counts when the answer is made
    int[] kinds;
    int[] reaches;
    int[] modelSets;
    int[] themeLows;
    int[] themeHighs;
    int[] departmentSlots;
    int[] yearSlots;

    /** Adds (step 1) or takes away (step −1) a document in every facet: the counts a frequent lexeme keeps. */
    synchronized void countAll(IndexedDocuments index, int doc, int step) {
        types[index.type[doc]] += step;
        purposes[index.purpose[doc]] += step;
        countBits(index.categories[doc] & 0xFF, categoryCounts, step);
        countBits(index.models[doc] & 0xFFFF, modelCounts, step);
        countBits(index.audiences[doc] & 0xFF, audienceCounts, step);
        countBits(index.themes[doc], themeCounts, step);
        if (index.department[doc] >= 0) {
            departmentCounts[index.department[doc]] += step;
        }
        if (index.year[doc] >= 1900 && index.year[doc] <= 2100) {
            yearCounts[index.year[doc] - 1900] += step;
        }
    }

    private static void countBits(int bits, int[] into) {
        for (int remaining = bits; remaining != 0; remaining &= remaining - 1) {
            into[Integer.numberOfTrailingZeros(remaining)]++;
        }
    }

    private static void countBits(int bits, int[] into, int step) {
        for (int remaining = bits; remaining != 0; remaining &= remaining - 1) {
            into[Integer.numberOfTrailingZeros(remaining)] += step;
        }
    }

    synchronized Map<Facet, Map<String, Long>> toMap(IndexedDocuments index) {
        var types = this.types.clone();
        var purposes = this.purposes.clone();
        var categoryCounts = this.categoryCounts.clone();
        var modelCounts = this.modelCounts.clone();
        var audienceCounts = this.audienceCounts.clone();
        var themeCounts = this.themeCounts.clone();
        var departmentCounts = this.departmentCounts.clone();
        var yearCounts = this.yearCounts.clone();
        if (kinds != null) {
            for (int k = 0; k < kinds.length; k++) {
                types[k / IndexedDocuments.PURPOSES] += kinds[k];
                purposes[k % IndexedDocuments.PURPOSES] += kinds[k];
            }
            for (int r = 0; r < reaches.length; r++) {
                if (reaches[r] > 0) {
                    countBits(r & 0xF, categoryCounts, reaches[r]);
                    countBits(r >>> 4, audienceCounts, reaches[r]);
                }
            }
            for (int m = 0; m < modelSets.length; m++) {
                if (modelSets[m] > 0) {
                    countBits(m, modelCounts, modelSets[m]);
                }
            }
            for (int t = 0; t < themeLows.length; t++) {
                if (themeLows[t] > 0) {
                    countBits(t, themeCounts, themeLows[t]);
                }
                if (themeHighs[t] > 0) {
                    countBits(t << 11, themeCounts, themeHighs[t]);
                }
            }
            for (int d = 1; d < departmentSlots.length; d++) {
                departmentCounts[d - 1] += departmentSlots[d];
            }
            for (int y = 1; y < yearSlots.length; y++) {
                yearCounts[y - 1] += yearSlots[y];
            }
        }
        var result = new EnumMap<Facet, Map<String, Long>>(Facet.class);
        result.put(Facet.TYPE, named(types, ResourceType.values()));
        result.put(Facet.PURPOSE, named(purposes, Purpose.values()));
        result.put(Facet.CATEGORY, named(categoryCounts, Category.values()));
        result.put(Facet.MODEL, named(modelCounts, CooperationModel.values()));
        result.put(Facet.AUDIENCE, named(audienceCounts, OrganizationType.values()));
        result.put(Facet.THEME, named(themeCounts, Theme.values()));
        var byDepartment = new HashMap<String, Long>();
        for (int i = 0; i < index.departments.size() && i < departmentCounts.length; i++) {
            if (departmentCounts[i] > 0) {
                byDepartment.put(index.departments.get(i), (long) departmentCounts[i]);
            }
        }
        result.put(Facet.DEPARTMENT, sorted(byDepartment));
        var byYear = new HashMap<String, Long>();
        for (int i = 0; i < yearCounts.length; i++) {
            if (yearCounts[i] > 0) {
                byYear.put(Integer.toString(1900 + i), (long) yearCounts[i]);
            }
        }
        result.put(Facet.YEAR, sorted(byYear));
        return result;
    }

    private static Map<String, Long> named(int[] counts, Enum<?>[] values) {
        var result = new HashMap<String, Long>();
        for (int i = 0; i < counts.length; i++) {
            if (counts[i] > 0) {
                result.put(values[i].name(), (long) counts[i]);
            }
        }
        return sorted(result);
    }

    /** The most frequent values first, then by code. */
    private static Map<String, Long> sorted(Map<String, Long> counts) {
        var result = new LinkedHashMap<String, Long>();
        counts.entrySet().stream().sorted(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .forEach(entry -> result.put(entry.getKey(), entry.getValue()));
        return result;
    }
}
