package org.alliances.observatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Plays the one who reads every published table and tries to work out the hidden cells: the figures that add up
 * (a total and its parts, an area and the areas it is made of) are equations; a hidden cell is recovered when the
 * equations alone fix its value (Gaussian elimination) or when they squeeze its possible values down to one (bounds
 * carried from equation to equation: a "&lt;5" lies between 1 and 4, a secret between 0 and anything).
 */
final class DisclosureAudit {

    /** A cell of the published set: an area's key and what the cell counts there. */
    record Cell(String area, String item) implements Comparable<Cell> {
        @Override
        public int compareTo(Cell other) {
            int byArea = area.compareTo(other.area);
            return byArea != 0 ? byArea : item.compareTo(other.item);
        }
    }

    /** Σ plus − Σ minus = constant, between published (or known) cells. */
    record Equation(List<Cell> plus, List<Cell> minus, double constant) {

        /** A total made of its parts (and of a known remainder). */
        static Equation sum(Cell total, List<Cell> parts, double remainder) {
            return new Equation(List.of(total), List.copyOf(parts), remainder);
        }

        Map<Cell, Integer> terms() {
            var terms = new HashMap<Cell, Integer>();
            plus.forEach(cell -> terms.merge(cell, 1, Integer::sum));
            minus.forEach(cell -> terms.merge(cell, -1, Integer::sum));
            terms.values().removeIf(coefficient -> coefficient == 0);
            return terms;
        }
    }

    /** What the reader knows of a hidden cell before solving. */
    record Bounds(double low, double high) {
        static final Bounds UNDER_THRESHOLD = new Bounds(1, Masked.THRESHOLD - 1);
        static final Bounds ANY = new Bounds(0, Double.POSITIVE_INFINITY);
    }

    private static final double EPSILON = 1e-6;
    private static final int PROPAGATION_ROUNDS = 50;

    private DisclosureAudit() {
    }

    /**
     * The hidden cells the equations give away: those with one possible value left.
     *
     * @param known  the published cells' values (a cell absent from both maps is 0, and published)
     * @param hidden what the reader knows of each hidden cell
     */
    static Set<Cell> recovered(Map<Cell, Double> known, Map<Cell, Bounds> hidden, List<Equation> equations, boolean integers) {
        var relevant = equations.stream().filter(e -> e.terms().keySet().stream().anyMatch(hidden::containsKey)).toList();
        var found = new TreeSet<Cell>(byElimination(known, hidden, relevant));
        found.addAll(byBounds(known, hidden, relevant, integers));
        return found;
    }

    /** Hidden cells whose unit vector lies in the span of the equations (their value follows from the published ones). */
    static Set<Cell> byElimination(Map<Cell, Double> known, Map<Cell, Bounds> hidden, List<Equation> equations) {
        var unknowns = new ArrayList<Cell>(new TreeSet<>(hidden.keySet()));
        var column = new HashMap<Cell, Integer>();
        for (int i = 0; i < unknowns.size(); i++) {
            column.put(unknowns.get(i), i);
        }
        var rows = new ArrayList<double[]>();
        for (var equation : equations) {
            var row = new double[unknowns.size()];
            boolean any = false;
            for (var term : equation.terms().entrySet()) {
                var j = column.get(term.getKey());
                if (j != null) {
                    row[j] += term.getValue();
                    any = true;
                }
            }
            if (any) {
                rows.add(row);
            }
        }
        int pivotRow = 0;
        var pivots = new ArrayList<int[]>();
        for (int j = 0; j < unknowns.size() && pivotRow < rows.size(); j++) {
            int best = -1;
            for (int r = pivotRow; r < rows.size(); r++) {
                if (Math.abs(rows.get(r)[j]) > EPSILON && (best < 0 || Math.abs(rows.get(r)[j]) > Math.abs(rows.get(best)[j]))) {
                    best = r;
                }
            }
            if (best < 0) {
                continue;
            }
            var swap = rows.get(best);
            rows.set(best, rows.get(pivotRow));
            rows.set(pivotRow, swap);
            var pivot = rows.get(pivotRow);
            double scale = pivot[j];
            for (int k = 0; k < pivot.length; k++) {
                pivot[k] /= scale;
            }
            for (int r = 0; r < rows.size(); r++) {
                if (r != pivotRow && Math.abs(rows.get(r)[j]) > EPSILON) {
                    var other = rows.get(r);
                    double factor = other[j];
                    for (int k = 0; k < other.length; k++) {
                        other[k] -= factor * pivot[k];
                    }
                }
            }
            pivots.add(new int[] {pivotRow, j});
            pivotRow++;
        }
        var determined = new LinkedHashSet<Cell>();
        for (var pivot : pivots) {
            var row = rows.get(pivot[0]);
            long nonZero = java.util.stream.IntStream.range(0, row.length).filter(k -> Math.abs(row[k]) > EPSILON).count();
            if (nonZero == 1) {
                determined.add(unknowns.get(pivot[1]));
            }
        }
        return determined;
    }

    /** Hidden cells left with one possible value once every equation has narrowed the bounds of the others. */
    static Set<Cell> byBounds(Map<Cell, Double> known, Map<Cell, Bounds> hidden, List<Equation> equations, boolean integers) {
        var low = new HashMap<Cell, Double>();
        var high = new HashMap<Cell, Double>();
        hidden.forEach((cell, bounds) -> {
            low.put(cell, bounds.low());
            high.put(cell, bounds.high());
        });
        var terms = equations.stream().map(Equation::terms).toList();
        for (int round = 0; round < PROPAGATION_ROUNDS; round++) {
            boolean narrowed = false;
            for (int e = 0; e < equations.size(); e++) {
                var equation = terms.get(e);
                double constant = equations.get(e).constant();
                for (var target : equation.keySet()) {
                    if (!hidden.containsKey(target)) {
                        continue;
                    }
                    // a·target = constant − Σ others: the range of the others' sum bounds the target
                    double othersLow = 0;
                    double othersHigh = 0;
                    for (var term : equation.entrySet()) {
                        if (term.getKey().equals(target)) {
                            continue;
                        }
                        double lo = hidden.containsKey(term.getKey()) ? low.get(term.getKey()) : known.getOrDefault(term.getKey(), 0.0);
                        double hi = hidden.containsKey(term.getKey()) ? high.get(term.getKey()) : known.getOrDefault(term.getKey(), 0.0);
                        othersLow += term.getValue() > 0 ? term.getValue() * lo : term.getValue() * hi;
                        othersHigh += term.getValue() > 0 ? term.getValue() * hi : term.getValue() * lo;
                    }
                    int a = equation.get(target);
                    double from = (constant - othersHigh) / a;
                    double to = (constant - othersLow) / a;
                    if (a < 0) {
                        double swap = from;
                        from = to;
                        to = swap;
                    }
                    if (!Double.isNaN(from) && from > low.get(target) + EPSILON) {
                        low.put(target, from);
                        narrowed = true;
                    }
                    if (!Double.isNaN(to) && to < high.get(target) - EPSILON) {
                        high.put(target, to);
                        narrowed = true;
                    }
                }
            }
            if (!narrowed) {
                break;
            }
        }
        var pinned = new LinkedHashSet<Cell>();
        hidden.keySet().forEach(cell -> {
            double lo = low.get(cell);
            double hi = high.get(cell);
            boolean one = integers ? Math.floor(hi + EPSILON) - Math.ceil(lo - EPSILON) < 1 : hi - lo < EPSILON;
            if (one) {
                pinned.add(cell);
            }
        });
        return pinned;
    }
}
