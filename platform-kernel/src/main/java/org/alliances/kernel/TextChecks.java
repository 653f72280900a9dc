package org.alliances.kernel;

/**
 * Checks shared by every form before text reaches the database or the log: control characters (NUL, escape, a line
 * break in a one-line field…) are refused, because PostgreSQL rejects some and the others forge log lines or screens;
 * so are the invisible marks that reverse the direction of the text around them, which make a name read otherwise
 * than it is written.
 */
public final class TextChecks {

    private TextChecks() {
    }

    /** Whether a one-line text (a name, an address) holds any control character, line breaks and tabs included. */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) || isDirectionOverride(c));
    }

    /** Whether a text of several lines holds a control character other than a line break or a tab. */
    public static boolean hasControlCharactersBesidesLineBreaks(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' || isDirectionOverride(c));
    }

    /** Words typed to search, made safe to compare: control characters become spaces, and the text stops at {@code longest}. */
    public static String searchWords(String text, int longest) {
        var words = new StringBuilder(Math.min(text.length(), longest));
        text.codePoints().limit(longest).forEach(c -> words.appendCodePoint(Character.isISOControl(c) || isDirectionOverride(c) ? ' ' : c));
        return words.toString();
    }

    /** The embeddings, overrides and isolates of the Unicode bidirectional algorithm (U+202A–U+202E, U+2066–U+2069). */
    private static boolean isDirectionOverride(int c) {
        return c >= 0x202A && c <= 0x202E || c >= 0x2066 && c <= 0x2069;
    }
}
