package org.alliances.resources.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.resources.Facet;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceType;
import org.alliances.resources.SearchQuery;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The library's search, in memory: the published resources' stored tsvectors as posting lists (document, share of
 * ts_rank) per lexeme, and their facets as small integer columns. A search intersects the lists of its words, ranks
 * every match with PostgreSQL's own ts_rank (see {@link TsVector}) and counts every facet value in one pass, so that
 * the top results and the counts are exactly those the SQL of {@link SqlSearch} gives, in a few milliseconds even when
 * a word is in every document (decision 0012). PostgreSQL stays the source: words are turned into lexemes by its
 * French configuration, and the index follows each commit and reloads whole every few minutes.
 */
@Component
public class SearchIndex {

    private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
    private static final Facet[] FACETS = Facet.values();
    /** Room for the départements' codes (101 today). */
    static final int DEPARTMENTS_MAX = 256;
    static final int PURPOSES = Purpose.values().length;
    /** No year, then 1900 to 2100. */
    static final int YEAR_SLOTS = 202;
    static final String LOAD = "select id, extract(epoch from published_at) * 1000000 as published, document::text as document, type, "
            + "purpose, audiences, categories, models, themes, department_code, year from resources_resource where status = 'PUBLISHED'";

    private final JdbcTemplate jdbc;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private volatile boolean loaded;

    // one slot per document
    private UUID[] ids = new UUID[0];
    private long[] published = new long[0];
    private byte[] type = new byte[0];
    private byte[] purpose = new byte[0];
    private byte[] audiences = new byte[0];
    private byte[] categories = new byte[0];
    private short[] models = new short[0];
    private int[] themes = new int[0];
    private short[] department = new short[0];
    private short[] year = new short[0];
    private boolean[] alive = new boolean[0];
    // the same facets packed for counting with one increment each: type and purpose, audiences and categories,
    // the two halves of the themes, the year (0 for none)
    private byte[] kind = new byte[0];
    private byte[] reach = new byte[0];
    private short[] themeLow = new short[0];
    private short[] themeHigh = new short[0];
    private short[] yearSlot = new short[0];
    /** The posting lists each document is in, to take it out of them when it changes. */
    private Postings[][] lexemes = new Postings[0][];
    private int slots;
    private final Map<UUID, Integer> slotOf = new HashMap<>();
    private final List<String> departments = new ArrayList<>();
    private final Map<String, Short> departmentIndex = new HashMap<>();
    private final Map<String, Postings> postings = new HashMap<>();

    public SearchIndex(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** A page of matches, ranked, and the count of every facet value. */
    public record Found(List<UUID> ids, List<Float> ranks, long total, Map<Facet, Map<String, Long>> facets) {
    }

    // ---- searching -----------------------------------------------------------------------------------------------

    /**
     * @param lexemes the query's lexemes as PostgreSQL's French configuration makes them; empty with no words (then the
     *                newest first)
     * @param wordsGiven true when words were typed: if none of them is a lexeme (only stop words), nothing matches
     */
    public Found search(List<String> lexemes, boolean wordsGiven, Map<Facet, Set<String>> filters, int page, int pageSize) {
        ensureLoaded();
        lock.readLock().lock();
        try {
            var filter = new Filter(filters);
            var counts = new Counts();
            int wanted = (page + 1) * pageSize;
            var order = worstFirst(!lexemes.isEmpty());
            var best = new PriorityQueue<Candidate>(wanted + 1, order);
            long total = 0;
            if (lexemes.isEmpty()) {
                if (!wordsGiven) {
                    for (int doc = 0; doc < slots; doc++) {
                        if (alive[doc]) {
                            total += consider(doc, 0f, filter, counts, best, wanted, order);
                        }
                    }
                }
            } else {
                var terms = sortedAsPostgres(lexemes);
                var alone = terms.size() == 1 && filters.isEmpty() ? postings.get(terms.getFirst()) : null;
                if (alone != null && alone.counts != null) {
                    return readAnswer(alone, page, pageSize);
                }
                total = intersect(terms, filter, counts, best, wanted, order);
            }
            var ordered = new ArrayList<>(best);
            ordered.sort(order.reversed());
            var pageIds = new ArrayList<UUID>();
            var pageRanks = new ArrayList<Float>();
            for (int i = page * pageSize; i < ordered.size(); i++) {
                pageIds.add(ids[ordered.get(i).doc]);
                pageRanks.add(ordered.get(i).rank);
            }
            return new Found(pageIds, pageRanks, total, counts.toMap(this));
        } finally {
            lock.readLock().unlock();
        }
    }

    /** The answer of a search for one frequent word and no filter, read from its list: its order and its counts. */
    private Found readAnswer(Postings list, int page, int pageSize) {
        var order = list.byRank(this);
        var pageIds = new ArrayList<UUID>();
        var pageRanks = new ArrayList<Float>();
        for (int i = page * pageSize; i < Math.min(order.length, (page + 1) * pageSize); i++) {
            pageIds.add(ids[order[i]]);
            pageRanks.add(TsVector.rankOfParts(new double[] {list.partOf(order[i])}));
        }
        return new Found(pageIds, pageRanks, list.size, list.counts.toMap(this));
    }

    private long intersect(List<String> terms, Filter filter, Counts counts, PriorityQueue<Candidate> best, int wanted,
                           Comparator<Candidate> order) {
        var lists = new Postings[terms.size()];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = postings.get(terms.get(i));
            if (lists[i] == null) {
                return 0;
            }
        }
        int shortest = 0;
        for (int i = 1; i < lists.length; i++) {
            if (lists[i].size < lists[shortest].size) {
                shortest = i;
            }
        }
        var cursors = new int[lists.length];
        var parts = new double[lists.length];
        long total = 0;
        var lead = lists[shortest];
        next:
        for (int k = 0; k < lead.size; k++) {
            int doc = lead.docs[k];
            for (int i = 0; i < lists.length; i++) {
                var list = lists[i];
                if (list.denseParts != null && (i != shortest || doc < list.denseParts.length)) {
                    double part = doc < list.denseParts.length ? list.denseParts[doc] : -1;
                    if (part < 0) {
                        continue next;
                    }
                    parts[i] = part;
                    continue;
                }
                int at = i == shortest ? k : advance(list, cursors[i], doc);
                cursors[i] = at;
                if (at >= list.size || list.docs[at] != doc) {
                    if (at >= list.size) {
                        break next;
                    }
                    continue next;
                }
                parts[i] = TsVector.part(list.shares[at]);
            }
            total += consider(doc, TsVector.rankOfParts(parts), filter, counts, best, wanted, order);
        }
        return total;
    }

    /** The first position at or after {@code from} whose document is at least {@code doc} (galloping, then binary). */
    private static int advance(Postings list, int from, int doc) {
        int step = 1;
        int low = from;
        int high = from;
        while (high < list.size && list.docs[high] < doc) {
            low = high;
            high += step;
            step <<= 1;
        }
        high = Math.min(high, list.size);
        int found = Arrays.binarySearch(list.docs, low, high, doc);
        return found >= 0 ? found : -found - 1;
    }

    /** Counts the document in the facets it would show in, and keeps it among the best when it passes every filter. */
    private int consider(int doc, float rank, Filter filter, Counts counts, PriorityQueue<Candidate> best, int wanted,
                         Comparator<Candidate> order) {
        if (filter.any) {
            int failing = -1;
            int failures = 0;
            for (int dimension = 0; dimension < Filter.DIMENSIONS && failures < 2; dimension++) {
                if (!filter.passes(dimension, this, doc)) {
                    failing = dimension;
                    failures++;
                }
            }
            if (failures >= 2) {
                return 0;
            }
            if (failures == 1) {
                counts.count(failing, this, doc);
                return 0;
            }
        }
        counts.countAll(this, doc);
        if (best.size() < wanted) {
            best.add(new Candidate(doc, rank));
        } else if (beats(doc, rank, best.peek(), order)) {
            best.poll();
            best.add(new Candidate(doc, rank));
        }
        return 1;
    }

    /** Whether a document would rank above the worst one kept, without making a candidate of it first. */
    private boolean beats(int doc, float rank, Candidate worst, Comparator<Candidate> order) {
        if (order == rankedOrder) {
            if (rank != worst.rank) {
                return rank > worst.rank;
            }
            return compareUuids(ids[doc], ids[worst.doc]) < 0;
        }
        return order.compare(new Candidate(doc, rank), worst) > 0;
    }

    private record Candidate(int doc, float rank) {
    }

    private final Comparator<Candidate> rankedOrder = Comparator.comparingDouble(Candidate::rank)
            .thenComparing((Candidate one, Candidate other) -> compareUuids(ids[other.doc], ids[one.doc]));
    private final Comparator<Candidate> newestOrder = Comparator.comparingLong((Candidate candidate) -> published[candidate.doc])
            .thenComparing((Candidate one, Candidate other) -> compareUuids(ids[other.doc], ids[one.doc]));

    /** The worst candidate first: the lowest rank (or the oldest), then the greatest id as PostgreSQL orders uuids. */
    private Comparator<Candidate> worstFirst(boolean ranked) {
        return ranked ? rankedOrder : newestOrder;
    }

    /** Orders uuids as PostgreSQL does: their 16 bytes compared unsigned. */
    public static int compareUuids(UUID one, UUID other) {
        int high = Long.compareUnsigned(one.getMostSignificantBits(), other.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(one.getLeastSignificantBits(), other.getLeastSignificantBits());
    }

    /** The lexemes in the order PostgreSQL sorts a query's items: their UTF-8 bytes compared unsigned, shorter first. */
    static List<String> sortedAsPostgres(List<String> lexemes) {
        return lexemes.stream().distinct().sorted((one, other) -> Arrays.compareUnsigned(one.getBytes(StandardCharsets.UTF_8),
                other.getBytes(StandardCharsets.UTF_8))).toList();
    }

    // ---- facets ------------------------------------------------------------------------------------------------

    /** The chosen values of each facet as masks over the columns. */
    private final class Filter {

        static final int DIMENSIONS = 8;
        private final long[] masks = new long[DIMENSIONS];
        private final boolean[] active = new boolean[DIMENSIONS];
        private final Set<String> departmentCodes;
        private final Set<String> years;
        private final boolean any;

        Filter(Map<Facet, Set<String>> filters) {
            any = !filters.isEmpty();
            for (var entry : filters.entrySet()) {
                var facet = entry.getKey();
                active[facet.ordinal()] = true;
                for (var value : entry.getValue()) {
                    int bit = switch (facet) {
                        case TYPE -> ordinal(ResourceType.class, value);
                        case PURPOSE -> ordinal(Purpose.class, value);
                        case CATEGORY -> ordinal(Category.class, value);
                        case MODEL -> ordinal(CooperationModel.class, value);
                        case AUDIENCE -> ordinal(OrganizationType.class, value);
                        case THEME -> ordinal(Theme.class, value);
                        default -> -1;
                    };
                    if (bit >= 0) {
                        masks[facet.ordinal()] |= 1L << bit;
                    }
                }
            }
            departmentCodes = filters.getOrDefault(Facet.DEPARTMENT, Set.of());
            years = filters.getOrDefault(Facet.YEAR, Set.of());
        }

        boolean passes(int dimension, SearchIndex index, int doc) {
            if (!active[dimension]) {
                return true;
            }
            return switch (FACETS[dimension]) {
                case TYPE -> (masks[dimension] & 1L << index.type[doc]) != 0;
                case PURPOSE -> (masks[dimension] & 1L << index.purpose[doc]) != 0;
                case CATEGORY -> (masks[dimension] & index.categories[doc]) != 0;
                case MODEL -> (masks[dimension] & index.models[doc]) != 0;
                case AUDIENCE -> (masks[dimension] & index.audiences[doc]) != 0;
                case THEME -> (masks[dimension] & (index.themes[doc] & 0xFFFFFFFFL)) != 0;
                case DEPARTMENT -> index.department[doc] >= 0 && departmentCodes.contains(index.departments.get(index.department[doc]));
                case YEAR -> index.year[doc] > 0 && years.contains(Short.toString(index.year[doc]));
            };
        }
    }

    private static <E extends Enum<E>> int ordinal(Class<E> type, String name) {
        try {
            return Enum.valueOf(type, name).ordinal();
        } catch (IllegalArgumentException unknown) {
            return -1;
        }
    }

    /** Counts per facet value, for the documents that count in each facet. */
    private static final class Counts {
        final int[] types = new int[ResourceType.values().length];
        final int[] purposes = new int[Purpose.values().length];
        final int[] categoryCounts = new int[Category.values().length];
        final int[] modelCounts = new int[CooperationModel.values().length];
        final int[] audienceCounts = new int[OrganizationType.values().length];
        final int[] themeCounts = new int[Theme.values().length];
        final int[] departmentCounts = new int[DEPARTMENTS_MAX];
        final int[] yearCounts = new int[201];

        void count(int dimension, SearchIndex index, int doc) {
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
        void countAll(SearchIndex index, int doc) {
            if (kinds == null) {
                kinds = new int[ResourceType.values().length * PURPOSES];
                reaches = new int[256];
                modelSets = new int[1 << CooperationModel.values().length];
                themeLows = new int[1 << 11];
                themeHighs = new int[1 << 11];
                departmentSlots = new int[DEPARTMENTS_MAX + 1];
                yearSlots = new int[YEAR_SLOTS];
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
        synchronized void countAll(SearchIndex index, int doc, int step) {
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

        synchronized Map<Facet, Map<String, Long>> toMap(SearchIndex index) {
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
                    types[k / PURPOSES] += kinds[k];
                    purposes[k % PURPOSES] += kinds[k];
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

    // ---- keeping up to date ------------------------------------------------------------------------------------

    /**
     * Posting list of one lexeme: documents ascending, with the lexeme's share of ts_rank in each. A lexeme found in many
     * documents also keeps its shares by document (a lookup instead of a search when it is intersected), the facet
     * counts of its documents (kept up to date at each change) and, once asked, its documents in rank order: a search
     * for that word alone then reads its answer instead of going through every document.
     */
    private static final class Postings {
        int[] docs = new int[4];
        float[] shares = new float[4];
        int size;
        /** For a frequent lexeme, by document: its part of the rank (share ÷ π²/6, as ts_rank divides), −1 when absent. */
        double[] denseParts;
        Counts counts;
        volatile int[] byRank;

        void insert(SearchIndex index, int doc, float share) {
            int at = Arrays.binarySearch(docs, 0, size, doc);
            if (at >= 0) {
                shares[at] = share;
            } else {
                at = -at - 1;
                if (size == docs.length) {
                    docs = Arrays.copyOf(docs, size * 2);
                    shares = Arrays.copyOf(shares, size * 2);
                }
                System.arraycopy(docs, at, docs, at + 1, size - at);
                System.arraycopy(shares, at, shares, at + 1, size - at);
                docs[at] = doc;
                shares[at] = share;
                size++;
                if (counts != null) {
                    counts.countAll(index, doc, 1);
                }
            }
            if (denseParts != null) {
                if (doc >= denseParts.length) {
                    int old = denseParts.length;
                    denseParts = Arrays.copyOf(denseParts, Math.max(doc + 1, old * 2));
                    Arrays.fill(denseParts, old, denseParts.length, -1);
                }
                denseParts[doc] = TsVector.part(share);
            }
            byRank = null;
        }

        void remove(SearchIndex index, int doc) {
            int at = Arrays.binarySearch(docs, 0, size, doc);
            if (at < 0) {
                return;
            }
            System.arraycopy(docs, at + 1, docs, at, size - at - 1);
            System.arraycopy(shares, at + 1, shares, at, size - at - 1);
            size--;
            if (denseParts != null && doc < denseParts.length) {
                denseParts[doc] = -1;
            }
            if (counts != null) {
                counts.countAll(index, doc, -1);
            }
            byRank = null;
        }

        /** After a whole load: gives back the room kept for growth; a frequent lexeme gets its lookups and counts. */
        void settle(SearchIndex index, int documents) {
            docs = Arrays.copyOf(docs, Math.max(size, 1));
            shares = Arrays.copyOf(shares, Math.max(size, 1));
            if (size >= FREQUENT_MINIMUM && (long) size * FREQUENT_SHARE >= documents) {
                denseParts = new double[Math.max(documents, 1)];
                Arrays.fill(denseParts, -1);
                counts = new Counts();
                for (int i = 0; i < size; i++) {
                    denseParts[docs[i]] = TsVector.part(shares[i]);
                    counts.countAll(index, docs[i], 1);
                }
            }
        }

        /** The documents in the order of a search for this word alone: rank, then uuid as PostgreSQL orders them. */
        int[] byRank(SearchIndex index) {
            var order = byRank;
            if (order == null) {
                var boxed = new Integer[size];
                var ranks = new float[size];
                var rankOf = new HashMap<Integer, Float>(size * 2);
                for (int i = 0; i < size; i++) {
                    boxed[i] = docs[i];
                    ranks[i] = TsVector.rank(new float[] {shares[i]});
                    rankOf.put(docs[i], ranks[i]);
                }
                Arrays.sort(boxed, (one, other) -> {
                    int byRankValue = Float.compare(rankOf.get(other), rankOf.get(one));
                    return byRankValue != 0 ? byRankValue : compareUuids(index.ids[one], index.ids[other]);
                });
                order = new int[size];
                for (int i = 0; i < size; i++) {
                    order[i] = boxed[i];
                }
                byRank = order;
            }
            return order;
        }

        double partOf(int doc) {
            return denseParts[doc];
        }
    }

    /** A lexeme in at least this many documents, and in at least one document in {@link #FREQUENT_SHARE}, is frequent. */
    static final int FREQUENT_MINIMUM = 8;
    static final int FREQUENT_SHARE = 16;

    /** After the transaction that changed this resource commits, the index reads it again (or drops it). */
    public void resourceChanged(UUID id) {
        afterCommit(() -> refresh(id));
    }

    /** After the transaction commits, the whole index is read again (after an import of many resources). */
    public void reloadAfterCommit() {
        afterCommit(this::reload);
    }

    /** Runs once the current transaction commits (at once without one); nothing to do before the first load. */
    private void afterCommit(Runnable update) {
        if (!loaded) {
            return;
        }
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    update.run();
                }
            });
        } else {
            update.run();
        }
    }

    private void refresh(UUID id) {
        var rows = jdbc.query(LOAD + " and id = ?", (rs, row) -> Row.of(rs), id);
        lock.writeLock().lock();
        try {
            var slot = slotOf.get(id);
            if (slot != null) {
                for (var list : lexemes[slot]) {
                    list.remove(this, slot);
                }
                alive[slot] = false;
                lexemes[slot] = new Postings[0];
            }
            rows.forEach(this::add);
        } finally {
            lock.writeLock().unlock();
        }
    }

    /** Reads every published resource again; the whole index is replaced at once. */
    @Scheduled(fixedDelayString = "${alliances.resources.index-reload:PT5M}", initialDelayString = "${alliances.resources.index-reload:PT5M}")
    public void reload() {
        long started = System.nanoTime();
        var fresh = new SearchIndex(jdbc);
        jdbc.query(LOAD, rs -> {
            fresh.add(Row.of(rs));
        });
        fresh.postings.values().forEach(list -> list.settle(fresh, fresh.slots));
        lock.writeLock().lock();
        try {
            ids = fresh.ids;
            published = fresh.published;
            type = fresh.type;
            purpose = fresh.purpose;
            audiences = fresh.audiences;
            categories = fresh.categories;
            models = fresh.models;
            themes = fresh.themes;
            department = fresh.department;
            year = fresh.year;
            alive = fresh.alive;
            lexemes = fresh.lexemes;
            kind = fresh.kind;
            reach = fresh.reach;
            themeLow = fresh.themeLow;
            themeHigh = fresh.themeHigh;
            yearSlot = fresh.yearSlot;
            slots = fresh.slots;
            slotOf.clear();
            slotOf.putAll(fresh.slotOf);
            departments.clear();
            departments.addAll(fresh.departments);
            departmentIndex.clear();
            departmentIndex.putAll(fresh.departmentIndex);
            postings.clear();
            postings.putAll(fresh.postings);
            loaded = true;
        } finally {
            lock.writeLock().unlock();
        }
        log.debug("Search index loaded: {} resources in {}", slots, Duration.ofNanos(System.nanoTime() - started));
    }

    private void ensureLoaded() {
        if (!loaded) {
            synchronized (this) {
                if (!loaded) {
                    reload();
                }
            }
        }
    }

    private record Row(UUID id, long published, String document, String type, String purpose, String[] audiences,
                       String[] categories, String[] models, String[] themes, String department, Integer year) {

        static Row of(ResultSet rs) throws SQLException {
            return new Row(rs.getObject("id", UUID.class), rs.getLong("published"), rs.getString("document"), rs.getString("type"),
                    rs.getString("purpose"), strings(rs.getArray("audiences")), strings(rs.getArray("categories")),
                    strings(rs.getArray("models")), strings(rs.getArray("themes")), rs.getString("department_code"),
                    (Integer) rs.getObject("year"));
        }

        private static String[] strings(Array array) throws SQLException {
            return array == null ? new String[0] : (String[]) array.getArray();
        }
    }

    private void add(Row row) {
        int slot = slots;
        if (slot == ids.length) {
            int capacity = Math.max(16, slot * 2);
            ids = Arrays.copyOf(ids, capacity);
            published = Arrays.copyOf(published, capacity);
            type = Arrays.copyOf(type, capacity);
            purpose = Arrays.copyOf(purpose, capacity);
            audiences = Arrays.copyOf(audiences, capacity);
            categories = Arrays.copyOf(categories, capacity);
            models = Arrays.copyOf(models, capacity);
            themes = Arrays.copyOf(themes, capacity);
            department = Arrays.copyOf(department, capacity);
            year = Arrays.copyOf(year, capacity);
            alive = Arrays.copyOf(alive, capacity);
            lexemes = Arrays.copyOf(lexemes, capacity);
            kind = Arrays.copyOf(kind, capacity);
            reach = Arrays.copyOf(reach, capacity);
            themeLow = Arrays.copyOf(themeLow, capacity);
            themeHigh = Arrays.copyOf(themeHigh, capacity);
            yearSlot = Arrays.copyOf(yearSlot, capacity);
        }
        slots++;
        ids[slot] = row.id();
        slotOf.put(row.id(), slot);
        published[slot] = row.published();
        type[slot] = (byte) Math.max(0, ordinal(ResourceType.class, row.type()));
        purpose[slot] = (byte) Math.max(0, ordinal(Purpose.class, row.purpose()));
        audiences[slot] = (byte) mask(OrganizationType.class, row.audiences());
        categories[slot] = (byte) mask(Category.class, row.categories());
        models[slot] = (short) mask(CooperationModel.class, row.models());
        themes[slot] = (int) mask(Theme.class, row.themes());
        department[slot] = row.department() == null || departments.size() >= DEPARTMENTS_MAX && !departmentIndex.containsKey(row.department())
                ? -1 : departmentIndex.computeIfAbsent(row.department(), code -> {
            departments.add(code);
            return (short) (departments.size() - 1);
        });
        year[slot] = row.year() == null ? 0 : (short) (int) row.year();
        alive[slot] = true;
        kind[slot] = (byte) (type[slot] * PURPOSES + purpose[slot]);
        reach[slot] = (byte) ((audiences[slot] & 0xF) << 4 | categories[slot] & 0xF);
        themeLow[slot] = (short) (themes[slot] & 0x7FF);
        themeHigh[slot] = (short) (themes[slot] >>> 11 & 0x7FF);
        yearSlot[slot] = (short) (year[slot] >= 1900 && year[slot] <= 2100 ? year[slot] - 1900 + 1 : 0);
        var shares = TsVector.contributions(row.document());
        var lists = new Postings[shares.size()];
        int i = 0;
        for (var entry : shares.entrySet()) {
            var list = postings.computeIfAbsent(entry.getKey(), any -> new Postings());
            list.insert(this, slot, entry.getValue());
            lists[i++] = list;
        }
        lexemes[slot] = lists;
    }

    private static <E extends Enum<E>> long mask(Class<E> type, String[] names) {
        long mask = 0;
        for (var name : names) {
            int bit = ordinal(type, name);
            if (bit >= 0) {
                mask |= 1L << bit;
            }
        }
        return mask;
    }
}
