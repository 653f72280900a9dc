package org.alliances.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliances.observatory.DisclosureAudit.Bounds;
import org.alliances.observatory.DisclosureAudit.Cell;
import org.alliances.observatory.DisclosureAudit.Equation;
import org.junit.jupiter.api.Test;

/**
 * The attacker the open data is protected against, on tables small enough to solve by hand: what subtraction gives
 * away, what bounds give away, and the patterns that hold; then the suppression that closes what the attacker opens.
 */
class DisclosureAuditTests {

    static Cell cell(String area, String item) {
        return new Cell(area, item);
    }

    static final Cell DEPARTMENT = cell("D69", "NEEDS");
    static final Cell EAST = cell("E1", "NEEDS");
    static final Cell WEST = cell("E2", "NEEDS");
    static final Cell NORTH = cell("E3", "NEEDS");
    static final Equation DEPARTMENT_OF_ITS_EPCI = Equation.sum(DEPARTMENT, List.of(EAST, WEST, NORTH), 0);

    @Test
    void aDepartmentMinusItsEpciGivesTheMaskedOneAway() {
        var known = Map.of(DEPARTMENT, 23.0, WEST, 10.0, NORTH, 10.0);
        var hidden = Map.of(EAST, Bounds.UNDER_THRESHOLD);
        assertThat(DisclosureAudit.recovered(known, hidden, List.of(DEPARTMENT_OF_ITS_EPCI), true)).containsExactly(EAST);
    }

    @Test
    void twoMaskedCountsAddingUpToTwoAreBothOne() {
        var known = Map.of(DEPARTMENT, 12.0, NORTH, 10.0);
        var hidden = Map.of(EAST, Bounds.UNDER_THRESHOLD, WEST, Bounds.UNDER_THRESHOLD);
        assertThat(DisclosureAudit.recovered(known, hidden, List.of(DEPARTMENT_OF_ITS_EPCI), true)).containsExactlyInAnyOrder(EAST, WEST);
    }

    @Test
    void aMaskedCountBesideASecretWithRoomForSeveralValuesHolds() {
        var known = Map.of(DEPARTMENT, 23.0, NORTH, 10.0);
        var hidden = Map.of(EAST, Bounds.UNDER_THRESHOLD, WEST, Bounds.ANY);
        assertThat(DisclosureAudit.recovered(known, hidden, List.of(DEPARTMENT_OF_ITS_EPCI), true)).isEmpty();
    }

    @Test
    void eliminationCombinesEquationsThatNoneGivesAwayAlone() {
        // x + y = 9, y + z = 11, x + z = 8, over three secrets: x = 3 follows from the three together
        var x = cell("A", "x");
        var y = cell("A", "y");
        var z = cell("A", "z");
        var equations = List.of(new Equation(List.of(x, y), List.of(), 9), new Equation(List.of(y, z), List.of(), 11),
                new Equation(List.of(x, z), List.of(), 8));
        var hidden = Map.of(x, Bounds.ANY, y, Bounds.ANY, z, Bounds.ANY);
        assertThat(DisclosureAudit.byElimination(Map.of(), hidden, equations)).containsExactlyInAnyOrder(x, y, z);
        assertThat(DisclosureAudit.byElimination(Map.of(), hidden, equations.subList(0, 2))).isEmpty();
    }

    @Test
    void theSuppressionHidesTheSmallestCountThatProtectsAndTheAuditThenRecoversNothing() {
        var values = new HashMap<Cell, Double>(Map.of(DEPARTMENT, 33.0, EAST, 3.0, WEST, 12.0, NORTH, 18.0));
        var primary = Map.of(EAST, Bounds.UNDER_THRESHOLD);
        var secret = ComplementarySuppression.complements(values, primary, List.of(DEPARTMENT_OF_ITS_EPCI), true);
        assertThat(secret).containsExactly(WEST);
        var known = new HashMap<>(values);
        known.keySet().removeAll(List.of(EAST, WEST));
        assertThat(DisclosureAudit.recovered(known, Map.of(EAST, Bounds.UNDER_THRESHOLD, WEST, Bounds.ANY), List.of(DEPARTMENT_OF_ITS_EPCI), true))
                .isEmpty();
    }
}
