package org.alliances.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Text cells of the CSV files the platform writes: quoted, and shown rather than run when they look like formulas. */
class CsvCellsTests {

    @Test
    void aCellThatLooksLikeAFormulaIsNeutralised() {
        assertThat(CsvCells.text("=HYPERLINK(\"http://evil.example\",\"clic\")")).isEqualTo("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"clic\"\")\"");
        assertThat(CsvCells.text("+cmd|' /C calc'!A0")).startsWith("\"'+");
        assertThat(CsvCells.text("-2+3")).isEqualTo("\"'-2+3\"");
        assertThat(CsvCells.text("@SUM(A1:A9)")).isEqualTo("\"'@SUM(A1:A9)\"");
        assertThat(CsvCells.text("\tcalc")).isEqualTo("\"'\tcalc\"");
        assertThat(CsvCells.text("\rcalc")).isEqualTo("\"'\rcalc\"");
    }

    @Test
    void anOrdinaryCellIsOnlyQuoted() {
        assertThat(CsvCells.text("Mécénat \"traditionnel\"")).isEqualTo("\"Mécénat \"\"traditionnel\"\"\"");
        assertThat(CsvCells.text("")).isEqualTo("\"\"");
        assertThat(CsvCells.text("<5")).isEqualTo("\"<5\"");
    }
}
