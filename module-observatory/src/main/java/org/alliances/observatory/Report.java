package org.alliances.observatory;

import java.util.List;
import java.util.Optional;

/**
 * What the observatory shows of one area: where it lies (its ancestors), the areas just below it, and its tables
 * (already masked), in the order the screen shows them.
 */
public record Report(Area area, String name, long population, List<Area> ancestors, List<Area> children, List<Table> tables) {

    public Optional<Table> table(String id) {
        return tables.stream().filter(t -> t.id().equals(id)).findFirst();
    }
}
