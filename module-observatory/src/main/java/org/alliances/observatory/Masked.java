package org.alliances.observatory;

import java.math.BigDecimal;

/**
 * A count from 1 to 4 is not shown (nor a sum, a median or a share computed on fewer than 5 things), so that nobody
 * can be recognised behind a figure: the screens, the exports and the open data all show "&lt;5" in its place.
 */
public enum Masked {
    /** A count from 1 to 4 (or a figure computed on fewer than 5 things). */
    VALUE,
    /**
     * A figure of the open data hidden only so that a "&lt;5" elsewhere cannot be worked out by subtraction (complementary
     * suppression): it may hold any value, 0 included.
     */
    SECRET;

    public static final int THRESHOLD = 5;

    public static boolean hides(long count) {
        return count > 0 && count < THRESHOLD;
    }

    public static Object count(long count) {
        return hides(count) ? VALUE : (Object) count;
    }

    /** A sum shows only when at least {@link #THRESHOLD} things went into it. */
    public static Object sum(BigDecimal sum, long contributors) {
        return contributors == 0 ? (Object) BigDecimal.ZERO : contributors < THRESHOLD ? VALUE : sum;
    }

    @Override
    public String toString() {
        return this == VALUE ? "<5" : "secret";
    }
}
