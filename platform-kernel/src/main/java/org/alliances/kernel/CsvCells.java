package org.alliances.kernel;

/**
 * Writes a text cell of a CSV file the platform produces: quoted, quotes doubled, and neutralised when it starts like
 * a spreadsheet formula ({@code = + - @}, a tab or a carriage return) by a leading apostrophe, so that a member's text
 * opened in a spreadsheet is shown, never run (CSV injection).
 */
public final class CsvCells {

    private CsvCells() {
    }

    public static String text(String value) {
        var safe = !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return "\"" + safe.replace("\"", "\"\"") + "\"";
    }
}
