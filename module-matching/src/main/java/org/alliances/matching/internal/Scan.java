package org.alliances.matching.internal;

import java.util.UUID;

/**
 * The candidates of one scan, in compact form: for each, the need, the organisation on the other side and the
 * score. Nothing is allocated per candidate, so that a scan of 100,000 stays within a few milliseconds.
 */
public final class Scan {
    private final UUID[] needIds;
    private final UUID[] organizationIds;
    private final int[] scores;
    private int size;

    Scan(int capacity) {
        needIds = new UUID[capacity];
        organizationIds = new UUID[capacity];
        scores = new int[capacity];
    }

    void add(UUID needId, UUID organizationId, int score) {
        needIds[size] = needId;
        organizationIds[size] = organizationId;
        scores[size++] = score;
    }

    public int size() {
        return size;
    }

    public int score(int i) {
        return scores[i];
    }

    public UUID needId(int i) {
        return needIds[i];
    }

    public UUID organizationId(int i) {
        return organizationIds[i];
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
