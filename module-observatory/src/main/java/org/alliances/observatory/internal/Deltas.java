package org.alliances.observatory.internal;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.alliances.observatory.Metric;

/**
 * Figures' moves gathered by area before they are written: a commune's move counts in every area it lies in. Kept in
 * key order, so that two transactions writing the same rows lock them in the same order.
 */
final class Deltas {

    private final Function<String, List<String>> areasOfCommune;
    private final Map<FigureKey, Move> moves = new TreeMap<>();

    Deltas(Function<String, List<String>> areasOfCommune) {
        this.areasOfCommune = areasOfCommune;
    }

    void add(String communeCode, Metric metric, String dimension, int month, long count, BigDecimal amount) {
        for (var area : areasOfCommune.apply(communeCode)) {
            moves.merge(new FigureKey(area, metric.name(), dimension, month), new Move(count, amount), Move::plus);
        }
    }

    Map<FigureKey, Move> moves() {
        return moves;
    }

    boolean isEmpty() {
        return moves.isEmpty();
    }

    void clear() {
        moves.clear();
    }

    record FigureKey(String area, String metric, String dimension, int month) implements Comparable<FigureKey> {

        private static final Comparator<FigureKey> ORDER = Comparator.comparing(FigureKey::area).thenComparing(FigureKey::metric)
                .thenComparing(FigureKey::dimension).thenComparingInt(FigureKey::month);

        @Override
        public int compareTo(FigureKey other) {
            return ORDER.compare(this, other);
        }
    }

    record Move(long count, BigDecimal amount) {
        Move plus(Move other) {
            return new Move(count + other.count, amount.add(other.amount));
        }
    }
}
