package org.alliances.observatory;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.alliances.TestSupport;
import org.alliances.observatory.DisclosureAudit.Bounds;
import org.alliances.observatory.DisclosureAudit.Cell;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Plays the attacker against the open data of the demo: reads every published table of every area that has figures
 * (the country, its régions, départements and EPCI, and the communes listed below each EPCI), takes every "&lt;5" and
 * "secret" as an unknown, and tries to solve each by linear differencing across all of them at once (the sums of an
 * area's tables, the months and their totals, an area and those it is made of). No masked count may be recovered;
 * without the secret cells, the same attack recovers some, which shows it bites.
 */
// the demo database of the hostile inputs' battery: this test only reads
@SpringBootTest(properties = "spring.application.name=alliances-hostile-inputs")
@ActiveProfiles("demo")
@Import(TestSupport.class)
class OpenDataAttackTests {

    @Autowired ObservatoryService observatory;
    @Autowired OpenDataProtection protection;

    @Test
    void noMaskedCountOrSumOfTheOpenDataCanBeWorkedOutFromAllThatIsPublished() {
        var truth = protection.cells();
        var counts = new HashMap<Cell, Object>();
        var amounts = new HashMap<Cell, Object>();
        read(truth, counts, amounts);

        var known = new HashMap<Cell, Double>();
        var hidden = new HashMap<Cell, Bounds>();
        counts.forEach((cell, shown) -> {
            if (shown == Masked.VALUE) {
                hidden.put(cell, Bounds.UNDER_THRESHOLD);
            } else if (shown == Masked.SECRET) {
                hidden.put(cell, Bounds.ANY);
            } else {
                assertThat(((Number) shown).doubleValue()).as("%s as published", cell).isEqualTo(truth.counts.getOrDefault(cell, 0.0));
                known.put(cell, ((Number) shown).doubleValue());
            }
        });
        truth.counts.keySet().stream().filter(cell -> !counts.containsKey(cell)).forEach(cell -> hidden.put(cell, Bounds.ANY));
        assertThat(hidden.values()).as("the demo has counts under 5 to protect").contains(Bounds.UNDER_THRESHOLD);
        System.out.printf("Open data of the demo: %d cells published, %d of them not 0; %d \"<5\", %d \"secret\"%n", counts.size(),
                counts.values().stream().filter(shown -> !(shown instanceof Number n) || n.doubleValue() != 0).count(),
                counts.values().stream().filter(Masked.VALUE::equals).count(), counts.values().stream().filter(Masked.SECRET::equals).count());
        assertThat(DisclosureAudit.recovered(known, hidden, truth.countEquations, true)).as("counts worked out from the open data").isEmpty();

        var knownAmounts = new HashMap<Cell, Double>();
        var hiddenAmounts = new HashMap<Cell, Bounds>();
        amounts.forEach((cell, shown) -> {
            if (shown instanceof Masked) {
                hiddenAmounts.put(cell, Bounds.ANY);
            } else {
                knownAmounts.put(cell, ((BigDecimal) shown).doubleValue());
            }
        });
        var recoveredAmounts = DisclosureAudit.recovered(knownAmounts, hiddenAmounts, truth.amountEquations, false).stream()
                .filter(cell -> truth.amounts.getOrDefault(cell, 0.0) > 0).toList();
        assertThat(recoveredAmounts).as("sums worked out from the open data").isEmpty();
    }

    @Test
    void withoutTheSecretCellsTheSameAttackWorksOutMaskedCounts() {
        var truth = protection.cells();
        var known = new HashMap<Cell, Double>();
        var hidden = new HashMap<Cell, Bounds>();
        truth.counts.forEach((cell, value) -> {
            if (Masked.hides(value.longValue())) {
                hidden.put(cell, Bounds.UNDER_THRESHOLD);
            } else {
                known.put(cell, value);
            }
        });
        assertThat(DisclosureAudit.recovered(known, hidden, truth.countEquations, true)).as("what masking alone gave away").isNotEmpty();
    }

    /** Every cell of every published table, by the name the protection gives it. */
    private void read(PublishedCells truth, Map<Cell, Object> counts, Map<Cell, Object> amounts) {
        var areas = truth.counts.keySet().stream().map(Cell::area).distinct().map(key -> Area.parse(key).orElseThrow())
                .filter(area -> area.level() != AreaLevel.COMMUNE).toList();
        for (var area : areas) {
            var report = observatory.openReport(area);
            var key = area.key();
            for (var table : report.tables()) {
                for (var row : table.rows()) {
                    var code = ((Table.Label) row.getFirst()).code();
                    switch (table.id()) {
                        case "organizations" -> {
                            counts.put(new Cell(key, "ORGANIZATIONS:" + code), row.get(1));
                            counts.put(new Cell(key, "ORGANIZATIONS_JOINED:" + code), row.get(2));
                        }
                        case "maturity" -> counts.put(new Cell(key, code.equals("DIAGNOSES") ? "DIAGNOSES" : "MATURITY:" + code), row.get(1));
                        case "needs" -> counts.put(new Cell(key, code.equals("PUBLISHED_EVER") ? "NEEDS_PUBLISHED" : "NEEDS:" + code), row.get(1));
                        case "matching" -> {
                            if (!code.equals("MEDIAN_RESPONSE_HOURS")) {
                                counts.put(new Cell(key, code), row.get(1));
                            }
                        }
                        case "partnerships-by-category" -> counts.put(new Cell(key, "CATEGORY:" + code), row.get(1));
                        case "partnerships-by-model" -> counts.put(new Cell(key, "PARTNERSHIPS_BY_MODEL:" + code), row.get(1));
                        case "partnerships-by-stage" -> counts.put(new Cell(key, "PARTNERSHIPS_BY_STAGE:" + code), row.get(1));
                        case "contributions" -> {
                            counts.put(new Cell(key, "CONTRIBUTORS:" + code), row.get(1));
                            amounts.put(new Cell(key, code), row.get(2));
                        }
                        case "months" -> {
                            var metrics = List.of("ORGANIZATIONS_JOINED", "DIAGNOSES", "NEEDS_PUBLISHED", "MATCHES", "PARTNERSHIPS_STARTED");
                            for (int i = 0; i < metrics.size(); i++) {
                                counts.put(new Cell(key, metrics.get(i) + "@" + YearMonth.parse(code)), row.get(i + 1));
                            }
                        }
                        case "model-flows" -> counts.put(new Cell(key, "MODEL_FLOWS:" + code + ">" + ((Table.Label) row.get(1)).code()), row.get(2));
                        case "unmet-by-theme" -> counts.put(new Cell(key, "UNMET_BY_THEME:" + code), row.get(1));
                        case "unmet-by-category" -> counts.put(new Cell(key, "UNMET_BY_CATEGORY:" + code), row.get(1));
                        case "references" -> {
                            if (code.equals("PARTNERSHIPS")) {
                                counts.put(new Cell(key, "PARTNERSHIPS_STARTED"), row.get(1));
                            } else if (counts.get(new Cell(key, "PARTNERSHIPS_STARTED")) instanceof Masked) {
                                assertThat(row.get(1)).as("the rate per 1,000 inhabitants of %s gives the count away", key).isInstanceOf(Masked.class);
                            }
                        }
                        case "areas-below" -> {
                            var items = List.of("ORGANIZATIONS", "NEEDS_PUBLISHED", "MATCHES", "PARTNERSHIPS_STARTED");
                            for (int i = 0; i < items.size(); i++) {
                                var cell = new Cell(code, items.get(i));
                                var previous = counts.put(cell, row.get(i + 1));
                                assertThat(previous == null || previous.equals(row.get(i + 1))).as("%s shown alike on every page", cell).isTrue();
                            }
                        }
                        default -> throw new AssertionError("A table the attack does not read: " + table.id());
                    }
                }
            }
        }
    }
}
