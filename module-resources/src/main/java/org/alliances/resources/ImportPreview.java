package org.alliances.resources;

import java.util.List;

/**
 * A CSV file read and checked, before anything is imported: its rows as forms, and every problem found, row by row.
 * A file with a problem imports nothing.
 *
 * @param lines the line of the file each row was read from
 */
public record ImportPreview(List<ResourceForm> rows, List<Integer> lines, List<RowProblem> problems, String encoding) {

    /**
     * @param row the line of the file (the header is line 1)
     * @param column the column's name in the header, or empty for the whole row
     * @param arguments the message's arguments (the most characters a column holds…)
     */
    public record RowProblem(int row, String column, String messageKey, List<Object> arguments) {

        public RowProblem {
            arguments = List.copyOf(arguments);
        }

        public RowProblem(int row, String column, String messageKey) {
            this(row, column, messageKey, List.of());
        }
    }

    public boolean acceptable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
