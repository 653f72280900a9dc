package org.alliances.observatory;

import java.util.List;

/**
 * One table of the observatory, as the screen shows it and the exports and the open data serve it: columns named by
 * key ({@code observatory.column.<key>} in the bundles), rows of cells. A cell is a {@link Label} (a code and how to
 * say it), a number, or {@link Masked#VALUE} for a count under {@link Masked#THRESHOLD}.
 */
public record Table(String id, List<String> columns, List<List<Object>> rows) {

    public Table {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    /** A code and the bundle key (with arguments) that says it in the member's language. */
    public record Label(String code, String key, List<Object> arguments) {
        public Label(String code, String key) {
            this(code, key, List.of());
        }
    }
}
