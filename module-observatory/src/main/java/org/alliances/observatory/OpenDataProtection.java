package org.alliances.observatory;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliances.kernel.Territories;
import org.alliances.observatory.DisclosureAudit.Bounds;
import org.alliances.observatory.DisclosureAudit.Cell;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The open data's protection: counts under 5 masked, and the complementary cells hidden as "secret" over every table of
 * every open area at once (the country, régions, départements, EPCI, and the communes listed below their EPCI), so
 * that the same figure is hidden on every page that shows it. Worked out again as soon as a figure it was worked out
 * from has changed; the same figures always give the same cells.
 */
@Component
class OpenDataProtection implements Protection {

    private static final Logger log = LoggerFactory.getLogger(OpenDataProtection.class);

    /** The cells worked out from one state of the figures. */
    record Pattern(PublishedCells cells, Set<Cell> secretCounts, Set<Cell> secretAmounts) {
    }

    private final JdbcTemplate jdbc;
    private final AreaTree tree;
    private final Clock clock;
    private volatile Pattern pattern;

    OpenDataProtection(JdbcTemplate jdbc, AreaTree tree, Clock clock) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.clock = clock;
    }

    @Override
    public Object count(Area area, String item, long value) {
        var cell = new Cell(area.key(), item);
        var current = current();
        if (current.cells().counts.getOrDefault(cell, 0.0) != value) {
            current = refresh();
        }
        if (Masked.hides(value)) {
            return Masked.VALUE;
        }
        return current.secretCounts().contains(cell) ? Masked.SECRET : (Object) value;
    }

    @Override
    public Object amount(Area area, String kind, BigDecimal amount, long contributors) {
        var cell = new Cell(area.key(), kind);
        var current = current();
        if (current.cells().amounts.getOrDefault(cell, 0.0) != amount.doubleValue()
                || current.cells().contributors.getOrDefault(cell, 0L) != contributors) {
            current = refresh();
        }
        var shown = Masked.sum(amount, contributors);
        return shown instanceof Masked || !current.secretAmounts().contains(cell) ? shown : Masked.SECRET;
    }

    /** The pattern in force, worked out now if there is none yet. */
    Pattern current() {
        var current = pattern;
        return current != null ? current : refresh();
    }

    /** Works the pattern out from the figures as they are now. */
    synchronized Pattern refresh() {
        long started = System.nanoTime();
        var cells = cells();
        var primary = new HashMap<Cell, Bounds>();
        cells.counts.forEach((cell, value) -> {
            if (Masked.hides(value.longValue())) {
                primary.put(cell, Bounds.UNDER_THRESHOLD);
            }
        });
        var secretCounts = ComplementarySuppression.complements(cells.counts, primary, cells.countEquations, true);
        var primaryAmounts = new HashMap<Cell, Bounds>();
        cells.contributors.forEach((cell, n) -> {
            if (Masked.hides(n)) {
                primaryAmounts.put(cell, Bounds.ANY);
            }
        });
        var secretAmounts = ComplementarySuppression.complements(cells.amounts, primaryAmounts, cells.amountEquations, false);
        var fresh = new Pattern(cells, secretCounts, secretAmounts);
        pattern = fresh;
        log.debug("Open data protection worked out in {} ms: {} counts under 5, {} secret, {} sums hidden",
                (System.nanoTime() - started) / 1_000_000, primary.size(), secretCounts.size(), primaryAmounts.size() + secretAmounts.size());
        return fresh;
    }

    /** Every published cell of every open area with figures, and the equations between them. */
    PublishedCells cells() {
        var today = LocalDate.now(clock.withZone(Territories.TIME_ZONE));
        var months = Reports.lastMonths(today);
        var first = months.getFirst();
        var figures = figures(first.getYear() * 100 + first.getMonthValue());
        var cells = new PublishedCells();
        var open = new LinkedHashSet<Area>();
        var wholes = new ArrayList<Area>();
        collect(Area.COUNTRY, figures, open, wholes);
        for (var area : open) {
            var f = figures.get(area.key());
            if (area.level() == AreaLevel.COMMUNE) {
                cells.addCommune(area, f);
            } else {
                cells.addArea(area, f, months);
            }
        }
        for (var whole : wholes) {
            cells.addParts(whole, tree.children(whole).stream().filter(part -> figures.containsKey(part.key())).toList());
        }
        return cells;
    }

    /** The open areas with figures, from the country down to the communes below an EPCI, and those made of their children. */
    private void collect(Area area, Map<String, Figures> figures, Set<Area> open, List<Area> wholes) {
        if (!figures.containsKey(area.key()) || !open.add(area)) {
            return;
        }
        if (tree.isSumOfChildren(area)) {
            wholes.add(area);
        }
        if (area.level() != AreaLevel.COMMUNE) {
            tree.children(area).forEach(child -> collect(child, figures, open, wholes));
        }
    }

    private Map<String, Figures> figures(int fromMonth) {
        var rows = new HashMap<String, List<Map.Entry<Figures.Key, Figures.Value>>>();
        jdbc.query("select territory, metric, dimension, month, n, amount from observatory_figure where month = 0 or month >= ?", rs -> {
            rows.computeIfAbsent(rs.getString(1), key -> new ArrayList<>()).add(Map.entry(
                    new Figures.Key(Metric.valueOf(rs.getString(2)), rs.getString(3), rs.getInt(4)),
                    new Figures.Value(rs.getLong(5), rs.getBigDecimal(6))));
        }, fromMonth);
        var result = new HashMap<String, Figures>();
        rows.forEach((territory, values) -> result.put(territory, Figures.of(values)));
        return result;
    }
}
