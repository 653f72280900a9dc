package org.alliances.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a column accepts of a typed text: its length, and no control or direction character (line breaks where it keeps them). */
class TextColumnTests {

    static final TextColumn NAME = TextColumn.line("t", "name", 10);
    static final TextColumn NOTE = TextColumn.lines("t", "note", 10);

    @Test
    void aTextFitsUpToItsLimitAndNotOneCharacterMore() {
        assertThat(NAME.problem("x".repeat(10))).isEmpty();
        assertThat(NAME.problem("x".repeat(11))).contains("text.too-long");
        assertThat(NAME.problem(null)).isEmpty();
        assertThat(NAME.problem("")).isEmpty();
    }

    @Test
    void controlAndDirectionCharactersAreRefusedLineBreaksOnlyInOneLineTexts() {
        assertThat(NAME.problem("a\u0000b")).contains("text.control-characters");
        assertThat(NOTE.problem("a\u0000b")).contains("text.control-characters.multiline");
        assertThat(NAME.problem("a\nb")).contains("text.control-characters");
        assertThat(NOTE.problem("a\r\nb\tc")).isEmpty();
        assertThat(NOTE.problem("a\u001bb")).contains("text.control-characters.multiline");
        assertThat(NAME.problem("a\u0085b")).contains("text.control-characters");
        assertThat(NAME.problem("abc\u202Ed")).contains("text.control-characters");
        assertThat(NAME.problem("é — « » 😀")).isEmpty();
    }

    @Test
    void theProblemGoesToItsFieldWithTheLimitForTheMessage() {
        var problems = new InvalidInputException.Collector();
        assertThat(NAME.check("name", "x".repeat(11), problems)).isFalse();
        assertThat(NOTE.check("note", "fine", problems)).isTrue();
        var refused = problems.toException();
        assertThat(refused.problems()).containsExactly(java.util.Map.entry("name", "text.too-long"));
        assertThat(refused.arguments("name")).containsExactly(10);
        assertThat(refused.arguments("note")).isEmpty();
    }

    @Test
    void searchWordsAreMadeSafeRatherThanRefused() {
        assertThat(TextChecks.searchWords("jardin\u0000partagé\r\n", 100)).isEqualTo("jardin partagé  ");
        assertThat(TextChecks.searchWords("x".repeat(500), 300)).hasSize(300);
        assertThat(OrganizationIdentifiers.TYPED.fits("W691234567")).isTrue();
        assertThat(OrganizationIdentifiers.TYPED.fits("W69\u00001234567")).isFalse();
        assertThat(OrganizationIdentifiers.TYPED.fits("1".repeat(33))).isFalse();
    }
}
