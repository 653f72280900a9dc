package org.alliances.matching.internal;

import java.util.Objects;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * The candidates of one scan, in compact form: for each, its row in the table scanned and its score; the need and the
 * organisation on the other side are read from the table's columns when asked. Nothing is allocated per candidate,
 * so that a scan of 100,000 stays within a few milliseconds.
 */
public final class Scan {

    private static final UUID[] NONE = new UUID[0];

    private final UUID @Nullable [] needIds;
    private final @Nullable UUID needId;
    private final UUID[] organizationIds;
    private final int[] rows;
    private final int[] scores;
    private int size;

    /** The companies scanned for one need: the need is the same for every candidate. */
    static Scan forNeed(UUID needId, UUID[] companyIds, int capacity) {
        return new Scan(null, needId, companyIds, capacity);
    }

    /** The needs scanned for one company: each candidate has its need and the need's organisation. */
    static Scan forCompany(UUID[] needIds, UUID[] organizationIds, int capacity) {
        return new Scan(needIds, null, organizationIds, capacity);
    }

    static Scan empty() {
        return new Scan(NONE, null, NONE, 0);
    }

    private Scan(UUID @Nullable [] needIds, @Nullable UUID needId, UUID[] organizationIds, int capacity) {
        this.needIds = needIds;
        this.needId = needId;
        this.organizationIds = organizationIds;
        rows = new int[capacity];
        scores = new int[capacity];
    }

    void add(int row, int score) {
        rows[size] = row;
        scores[size++] = score;
    }

    public int size() {
        return size;
    }

    public int score(int i) {
        return scores[i];
    }

    public UUID needId(int i) {
        return needIds == null ? Objects.requireNonNull(needId) : needIds[rows[i]];
    }

    public UUID organizationId(int i) {
        return organizationIds[rows[i]];
    }

    /**
     * The positions of the candidates that can stand among the first {@code count}: those scoring at least
     * {@code floor(threshold)}, where threshold is the score of the count-th best (lowered to a multiple of
     * {@code band}, so that a reordering within a band of near-equal scores keeps everyone it may move).
     */
    public int[] best(int count, int band) {
        var histogram = new int[101];
        for (int i = 0; i < size; i++) {
            histogram[scores[i]]++;
        }
        int threshold = 0;
        for (int score = 100, seen = 0; score >= 0; score--) {
            seen += histogram[score];
            if (seen >= count) {
                threshold = score / band * band;
                break;
            }
        }
        int kept = 0;
        for (int score = threshold; score <= 100; score++) {
            kept += histogram[score];
        }
        var positions = new int[kept];
        for (int i = 0, at = 0; i < size; i++) {
            if (scores[i] >= threshold) {
                positions[at++] = i;
            }
        }
        return positions;
    }
}
