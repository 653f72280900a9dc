package org.alliances.kernel;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * A column members type free text into, with the most characters its form and its service accept and whether it keeps
 * line breaks. Every typed text is checked through one before anything is saved, so that nothing reaches PostgreSQL
 * that it would refuse (a text longer than the column, a NUL) and nothing forges a log line; a test compares each one
 * with the database's own columns, so that no limit is larger than the column it fills.
 *
 * <p>Lengths are counted in UTF-16 units, as the browser's {@code maxlength} does: never fewer than PostgreSQL's
 * characters.
 *
 * @param table     the table the text is stored in
 * @param column    its column
 * @param max       the most characters accepted, never more than the column holds
 * @param multiline whether line breaks and tabs are kept (a description) or refused (a name, a title)
 */
public record TextColumn(String table, String column, int max, boolean multiline) {

    public TextColumn {
        if (max <= 0) {
            throw new IllegalArgumentException("A text column holds at least one character: " + table + "." + column);
        }
    }

    /** A text on one line: a name, a title, an address. */
    public static TextColumn line(String table, String column, int max) {
        return new TextColumn(table, column, max, false);
    }

    /** A text of several lines: a description, a message, a reason. */
    public static TextColumn lines(String table, String column, int max) {
        return new TextColumn(table, column, max, true);
    }

    /**
     * Why a text cannot be saved in this column, as a message key ({@code text.too-long} takes {@link #max()} as its
     * argument); empty when it can. An empty or missing text fits: whether one is required is the caller's rule.
     */
    public Optional<String> problem(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        if (text.length() > max) {
            return Optional.of("text.too-long");
        }
        if (multiline ? TextChecks.hasControlCharactersBesidesLineBreaks(text) : TextChecks.hasControlCharacters(text)) {
            return Optional.of(multiline ? "text.control-characters.multiline" : "text.control-characters");
        }
        return Optional.empty();
    }

    /** Adds the problem of a text, if any, at its field; returns whether the text fits. */
    public boolean check(String field, @Nullable String text, InvalidInputException.Collector problems) {
        var problem = problem(text);
        problem.ifPresent(key -> problems.add(field, key, key.equals("text.too-long") ? new Object[] {max} : new Object[0]));
        return problem.isEmpty();
    }

    /** Whether the text can be saved in this column. */
    public boolean fits(@Nullable String text) {
        return problem(text).isEmpty();
    }

    @Override
    public String toString() {
        return table + "." + column + " (" + max + (multiline ? ", lines)" : ")");
    }
}
