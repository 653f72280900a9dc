package org.alliances.resources.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;

import org.alliances.resources.Facet;

/**
 * One search over the index's documents: the posting lists of its lexemes intersected, every match ranked with
 * PostgreSQL's own ts_rank ({@link TsVector}) and counted in the facets, the best kept for the page asked. Runs under
 * the index's read lock; one instance per search.
 */
final class IndexSearch {

    private final IndexedDocuments documents;
    private final FacetFilter filter;
    private final FacetCounts counts = new FacetCounts();
    private final int wanted;
    private final Comparator<Candidate> order;
    private final boolean ranked;
    private final PriorityQueue<Candidate> best;

    private record Candidate(int doc, float rank) {
    }

    IndexSearch(IndexedDocuments documents, Map<Facet, Set<String>> filters, boolean ranked, int wanted) {
        this.documents = documents;
        this.filter = new FacetFilter(filters);
        this.wanted = wanted;
        this.ranked = ranked;
        this.order = ranked ? rankedOrder(documents.ids) : newestOrder(documents.ids, documents.published);
        this.best = new PriorityQueue<>(wanted + 1, order);
    }

    /** No words: every document, the newest first. */
    long everyDocument() {
        long total = 0;
        for (int doc = 0; doc < documents.slots; doc++) {
            if (documents.alive[doc]) {
                total += consider(doc, 0f);
            }
        }
        return total;
    }

    /** The documents holding every one of these lexemes (sorted as PostgreSQL sorts them), ranked. */
    long intersect(List<String> terms) {
        var lists = new PostingList[terms.size()];
        for (int i = 0; i < lists.length; i++) {
            lists[i] = documents.postings.get(terms.get(i));
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
            total += consider(doc, TsVector.rankOfParts(parts));
        }
        return total;
    }

    /** The page asked, in order, with the total and the facet counts. */
    SearchIndex.Found answer(long total, int page, int pageSize) {
        var ordered = new ArrayList<>(best);
        ordered.sort(order.reversed());
        var pageIds = new ArrayList<UUID>();
        var pageRanks = new ArrayList<Float>();
        for (int i = page * pageSize; i < ordered.size(); i++) {
            pageIds.add(documents.ids[ordered.get(i).doc]);
            pageRanks.add(ordered.get(i).rank);
        }
        return new SearchIndex.Found(pageIds, pageRanks, total, counts.toMap(documents));
    }

    /** The answer of a search for one frequent word and no filter, read from its list: its order and its counts. */
    static SearchIndex.Found readAnswer(IndexedDocuments documents, PostingList list, int page, int pageSize) {
        var order = list.byRank(documents);
        var pageIds = new ArrayList<UUID>();
        var pageRanks = new ArrayList<Float>();
        for (int i = page * pageSize; i < Math.min(order.length, (page + 1) * pageSize); i++) {
            pageIds.add(documents.ids[order[i]]);
            pageRanks.add(TsVector.rankOfParts(new double[] {list.partOf(order[i])}));
        }
        return new SearchIndex.Found(pageIds, pageRanks, list.size, list.counts.toMap(documents));
    }

    /** The first position at or after {@code from} whose document is at least {@code doc} (galloping, then binary). */
    private static int advance(PostingList list, int from, int doc) {
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
    private int consider(int doc, float rank) {
        if (filter.any) {
            int failing = -1;
            int failures = 0;
            for (int dimension = 0; dimension < FacetFilter.DIMENSIONS && failures < 2; dimension++) {
                if (!filter.passes(dimension, documents, doc)) {
                    failing = dimension;
                    failures++;
                }
            }
            if (failures >= 2) {
                return 0;
            }
            if (failures == 1) {
                counts.count(failing, documents, doc);
                return 0;
            }
        }
        counts.countAll(documents, doc);
        if (best.size() < wanted) {
            best.add(new Candidate(doc, rank));
        } else if (beats(doc, rank, best.peek())) {
            best.poll();
            best.add(new Candidate(doc, rank));
        }
        return 1;
    }

    /** Whether a document would rank above the worst one kept, without making a candidate of it first. */
    private boolean beats(int doc, float rank, Candidate worst) {
        if (ranked) {
            if (rank != worst.rank) {
                return rank > worst.rank;
            }
            return SearchIndex.compareUuids(documents.ids[doc], documents.ids[worst.doc]) < 0;
        }
        return order.compare(new Candidate(doc, rank), worst) > 0;
    }

    /** The worst candidate first: the lowest rank, then the greatest id as PostgreSQL orders uuids. */
    private static Comparator<Candidate> rankedOrder(UUID[] ids) {
        return Comparator.comparingDouble(Candidate::rank)
                .thenComparing((Candidate one, Candidate other) -> SearchIndex.compareUuids(ids[other.doc], ids[one.doc]));
    }

    /** The worst candidate first: the oldest, then the greatest id. */
    private static Comparator<Candidate> newestOrder(UUID[] ids, long[] published) {
        return Comparator.comparingLong((Candidate candidate) -> published[candidate.doc])
                .thenComparing((Candidate one, Candidate other) -> SearchIndex.compareUuids(ids[other.doc], ids[one.doc]));
    }
}
