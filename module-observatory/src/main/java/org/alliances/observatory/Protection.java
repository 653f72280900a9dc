package org.alliances.observatory;

import java.math.BigDecimal;

/**
 * What a table shows in place of a figure: the figure, "&lt;5" for a count under {@link Masked#THRESHOLD} (or a sum on
 * fewer things), or, in the open data, "secret" for a figure hidden so that a "&lt;5" cannot be worked out by subtraction.
 */
interface Protection {

    /** A count of the area, named as the open data's cells are ({@link PublishedCells}). */
    Object count(Area area, String item, long value);

    /** A sum of the contributions of a kind, made by {@code contributors} partnerships. */
    Object amount(Area area, String kind, BigDecimal amount, long contributors);

    /** Counts under 5 masked, and nothing else: what local authorities and admins read of their territory. */
    Protection PRIMARY = new Protection() {
        @Override
        public Object count(Area area, String item, long value) {
            return Masked.count(value);
        }

        @Override
        public Object amount(Area area, String kind, BigDecimal amount, long contributors) {
            return Masked.sum(amount, contributors);
        }
    };
}
