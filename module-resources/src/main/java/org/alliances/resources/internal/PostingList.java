package org.alliances.resources.internal;

import java.util.Arrays;
import java.util.HashMap;

/**
 * Posting list of one lexeme: documents ascending, with the lexeme's share of ts_rank in each. A lexeme found in many
 * documents also keeps its shares by document (a lookup instead of a search when it is intersected), the facet
 * counts of its documents (kept up to date at each change) and, once asked, its documents in rank order: a search
 * for that word alone then reads its answer instead of going through every document.
 */
final class PostingList {

    /** A lexeme in at least this many documents, and in at least one document in {@link #FREQUENT_SHARE}, is frequent. */
    static final int FREQUENT_MINIMUM = 8;
    static final int FREQUENT_SHARE = 16;

    int[] docs = new int[4];
    float[] shares = new float[4];
    int size;
    /** For a frequent lexeme, by document: its part of the rank (share ÷ π²/6, as ts_rank divides), −1 when absent. */
    double[] denseParts;
    FacetCounts counts;
    volatile int[] byRank;

    void insert(IndexedDocuments index, int doc, float share) {
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

    void remove(IndexedDocuments index, int doc) {
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
    void settle(IndexedDocuments index, int documents) {
        docs = Arrays.copyOf(docs, Math.max(size, 1));
        shares = Arrays.copyOf(shares, Math.max(size, 1));
        if (size >= FREQUENT_MINIMUM && (long) size * FREQUENT_SHARE >= documents) {
            denseParts = new double[Math.max(documents, 1)];
            Arrays.fill(denseParts, -1);
            counts = new FacetCounts();
            for (int i = 0; i < size; i++) {
                denseParts[docs[i]] = TsVector.part(shares[i]);
                counts.countAll(index, docs[i], 1);
            }
        }
    }

    /** The documents in the order of a search for this word alone: rank, then uuid as PostgreSQL orders them. */
    int[] byRank(IndexedDocuments index) {
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
                return byRankValue != 0 ? byRankValue : SearchIndex.compareUuids(index.ids[one], index.ids[other]);
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
