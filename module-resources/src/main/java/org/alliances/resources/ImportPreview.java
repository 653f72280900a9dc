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
     */
    public record RowProblem(int row, String column, String messageKey) {
    }

    public boolean acceptable() {
        return problems.isEmpty() && !rows.isEmpty();
    }
}
