package org.alliances.observatory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import org.alliances.observatory.DisclosureAudit.Bounds;
import org.alliances.observatory.DisclosureAudit.Cell;
import org.alliances.observatory.DisclosureAudit.Equation;

/**
 * Chooses the cells to hide besides the counts under 5 so that none of those can be worked out from the rest: while
 * the audit recovers a hidden cell, one more cell of an equation it appears in is hidden (the smallest count there
 * that is not hidden yet, so that as little as possible is lost). Given the same figures, the same cells are chosen.
 */
final class ComplementarySuppression {

    private ComplementarySuppression() {
    }

    /**
     * The cells to hide as secret.
     *
     * @param values  every published cell's value (absent: 0)
     * @param primary the cells hidden for themselves, with what a reader knows of them
     */
    static Set<Cell> complements(Map<Cell, Double> values, Map<Cell, Bounds> primary, List<Equation> equations, boolean integers) {
        var byCell = new HashMap<Cell, List<Equation>>();
        for (var equation : equations) {
            equation.terms().keySet().forEach(cell -> byCell.computeIfAbsent(cell, c -> new ArrayList<>()).add(equation));
        }
        var secondary = new TreeSet<Cell>();
        while (true) {
            var hidden = new HashMap<Cell, Bounds>(primary);
            secondary.forEach(cell -> hidden.put(cell, Bounds.ANY));
            var known = new HashMap<Cell, Double>(values);
            known.keySet().removeAll(hidden.keySet());
            var recovered = DisclosureAudit.recovered(known, hidden, equations, integers);
            if (recovered.isEmpty()) {
                return secondary;
            }
            boolean added = false;
            for (var cell : recovered) {
                var complement = complement(cell, byCell.getOrDefault(cell, List.of()), hidden, values);
                if (complement.isPresent() && secondary.add(complement.get())) {
                    hidden.put(complement.get(), Bounds.ANY);
                    added = true;
                }
            }
            if (!added) {
                return secondary; // nothing left to hide around what is recovered: the audit in the tests says so
            }
        }
    }

    /** The smallest count not hidden yet in the equations of the cell, a non-zero one first. */
    private static Optional<Cell> complement(Cell recovered, List<Equation> equations, Map<Cell, Bounds> hidden, Map<Cell, Double> values) {
        Comparator<Cell> smallest = Comparator.<Cell, Boolean>comparing(cell -> values.getOrDefault(cell, 0.0) <= 0)
                .thenComparing(cell -> values.getOrDefault(cell, 0.0)).thenComparing(Comparator.naturalOrder());
        return equations.stream().flatMap(equation -> equation.terms().keySet().stream())
                .filter(cell -> !cell.equals(recovered) && !hidden.containsKey(cell)).min(smallest);
    }
}
