package org.alliances.kernel;

/**
 * Checks shared by every form before text reaches the database or the log: control characters (NUL, escape, a line
 * break in a one-line field…) are refused, because PostgreSQL rejects some and the others forge log lines or screens.
 */
public final class TextChecks {

    private TextChecks() {
    }

    /** Whether a one-line text (a name, an address) holds any control character, line breaks and tabs included. */
    public static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(Character::isISOControl);
    }

    /** Whether a text of several lines holds a control character other than a line break or a tab. */
    public static boolean hasControlCharactersBesidesLineBreaks(String text) {
        return text.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t');
    }
}
