package org.alliances.observatory;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.matching.NeedStatus;
import org.alliances.observatory.DisclosureAudit.Cell;
import org.alliances.observatory.DisclosureAudit.Equation;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.Stage;

/**
 * The counts and sums the open data publishes for every area, by the names its tables give them, and the equations
 * that tie them together: within an area (a total and its parts, the months and their total), and between an area and
 * the areas it is exactly made of (a région and its départements, a département and its EPCI when none crosses its
 * border, an EPCI and its communes). Every equation holds exactly, its known remainder included, as if the reader knew
 * it: the protection assumes the most an attacker could know.
 */
final class PublishedCells {

    static final String ORGANIZATIONS = "ORGANIZATIONS";
    static final String PARTNERSHIPS = Metric.PARTNERSHIPS_STARTED.name();
    static final String ANSWERED = "ANSWERED";
    /** The organisation types the tables show (the platform's own is left out). */
    static final List<OrganizationType> TYPES = List.of(OrganizationType.ASSOCIATION, OrganizationType.COMPANY, OrganizationType.LOCAL_AUTHORITY);
    static final List<NeedStatus> NEED_STATUSES = List.of(NeedStatus.PUBLISHED, NeedStatus.FULFILLED, NeedStatus.EXPIRED, NeedStatus.ABANDONED);
    /** The four counts of the areas below an area. */
    static final List<String> BELOW = List.of(ORGANIZATIONS, Metric.NEEDS_PUBLISHED.name(), Metric.MATCHES.name(), PARTNERSHIPS);

    final Map<Cell, Double> counts = new HashMap<>();
    final Map<Cell, Double> amounts = new HashMap<>();
    /** For each kind's sum, how many partnerships contributed. */
    final Map<Cell, Long> contributors = new HashMap<>();
    final List<Equation> countEquations = new ArrayList<>();
    final List<Equation> amountEquations = new ArrayList<>();
    private final Map<String, Set<String>> itemsOf = new HashMap<>();

    static String item(Metric metric, String dimension) {
        return metric.name() + ":" + dimension;
    }

    static String month(Metric metric, YearMonth month) {
        return metric.name() + "@" + month;
    }

    static String category(Category category) {
        return "CATEGORY:" + category.name();
    }

    /** Every cell an open area's tables show. */
    void addArea(Area area, Figures f, List<YearMonth> months) {
        var key = area.key();
        for (var type : TYPES) {
            count(key, item(Metric.ORGANIZATIONS, type.name()), f.count(Metric.ORGANIZATIONS, type.name()));
            count(key, item(Metric.ORGANIZATIONS_JOINED, type.name()), f.count(Metric.ORGANIZATIONS_JOINED, type.name()));
        }
        count(key, ORGANIZATIONS, f.total(Metric.ORGANIZATIONS));
        sum(key, ORGANIZATIONS, TYPES.stream().map(type -> item(Metric.ORGANIZATIONS, type.name())).toList(),
                f.count(Metric.ORGANIZATIONS, OrganizationType.PLATFORM.name()));
        count(key, Metric.DIAGNOSES.name(), f.count(Metric.DIAGNOSES));
        for (var level : MaturityLevel.values()) {
            count(key, item(Metric.MATURITY, level.name()), f.count(Metric.MATURITY, level.name()));
        }
        count(key, Metric.NEEDS_PUBLISHED.name(), f.count(Metric.NEEDS_PUBLISHED));
        long statuses = 0;
        for (var status : NEED_STATUSES) {
            count(key, item(Metric.NEEDS, status.name()), f.count(Metric.NEEDS, status.name()));
            statuses += f.count(Metric.NEEDS, status.name());
        }
        sum(key, Metric.NEEDS_PUBLISHED.name(), NEED_STATUSES.stream().map(status -> item(Metric.NEEDS, status.name())).toList(),
                f.count(Metric.NEEDS_PUBLISHED) - statuses);
        count(key, Metric.INTERESTS.name(), f.count(Metric.INTERESTS));
        count(key, Metric.MATCHES.name(), f.count(Metric.MATCHES));
        count(key, ANSWERED, f.total(Metric.RESPONSE_HOURS));
        for (var model : CooperationModel.values()) {
            count(key, item(Metric.PARTNERSHIPS_BY_MODEL, model.name()), f.count(Metric.PARTNERSHIPS_BY_MODEL, model.name()));
        }
        for (var category : Category.values()) {
            var models = java.util.Arrays.stream(CooperationModel.values()).filter(m -> m.belongsTo(category)).toList();
            count(key, category(category), models.stream().mapToLong(m -> f.count(Metric.PARTNERSHIPS_BY_MODEL, m.name())).sum());
            sum(key, category(category), models.stream().map(m -> item(Metric.PARTNERSHIPS_BY_MODEL, m.name())).toList(), 0);
            count(key, item(Metric.UNMET_BY_CATEGORY, category.name()), f.count(Metric.UNMET_BY_CATEGORY, category.name()));
        }
        for (var stage : Stage.values()) {
            count(key, item(Metric.PARTNERSHIPS_BY_STAGE, stage.name()), f.count(Metric.PARTNERSHIPS_BY_STAGE, stage.name()));
        }
        for (var kind : ContributionKind.values()) {
            var cell = new Cell(key, kind.name());
            long partnerships = f.count(Metric.CONTRIBUTORS, kind.name());
            count(key, item(Metric.CONTRIBUTORS, kind.name()), partnerships);
            amounts.put(cell, f.amount(Metric.CONTRIBUTIONS, kind.name()).doubleValue());
            contributors.put(cell, partnerships);
        }
        f.byDimension(Metric.MODEL_FLOWS).forEach((flow, n) -> count(key, item(Metric.MODEL_FLOWS, flow), n));
        f.byDimension(Metric.UNMET_BY_THEME).forEach((theme, n) -> count(key, item(Metric.UNMET_BY_THEME, theme), n));
        count(key, PARTNERSHIPS, f.count(Metric.PARTNERSHIPS_STARTED));
        for (var metric : Reports.MONTHLY) {
            var monthCells = new ArrayList<Cell>();
            long shown = 0;
            for (var month : months) {
                long n = f.inMonth(metric, month.getYear() * 100 + month.getMonthValue());
                count(key, month(metric, month), n);
                monthCells.add(new Cell(key, month(metric, month)));
                shown += n;
            }
            if (metric == Metric.ORGANIZATIONS_JOINED) {
                var joined = TYPES.stream().map(type -> new Cell(key, item(Metric.ORGANIZATIONS_JOINED, type.name()))).toList();
                long types = TYPES.stream().mapToLong(type -> f.count(Metric.ORGANIZATIONS_JOINED, type.name())).sum();
                countEquations.add(new Equation(joined, monthCells, shown - types));
            } else {
                var total = metric == Metric.PARTNERSHIPS_STARTED ? PARTNERSHIPS : metric.name();
                countEquations.add(Equation.sum(new Cell(key, total), monthCells, f.count(metric) - shown));
            }
        }
    }

    /** A commune's cells: the four counts of the areas below its EPCI. */
    void addCommune(Area area, Figures f) {
        var key = area.key();
        count(key, ORGANIZATIONS, f.total(Metric.ORGANIZATIONS));
        count(key, Metric.NEEDS_PUBLISHED.name(), f.count(Metric.NEEDS_PUBLISHED));
        count(key, Metric.MATCHES.name(), f.count(Metric.MATCHES));
        count(key, PARTNERSHIPS, f.count(Metric.PARTNERSHIPS_STARTED));
    }

    /**
     * An area exactly made of these: each of their cells adds up to the area's (the category sums follow). Below an
     * EPCI, only the four counts of its communes are published; a row missing from a table is a 0 a reader knows.
     */
    void addParts(Area whole, List<Area> parts) {
        var items = new LinkedHashSet<String>(itemsOf.getOrDefault(whole.key(), Set.of()));
        if (whole.level() == AreaLevel.EPCI) {
            items.retainAll(BELOW);
        } else {
            parts.forEach(part -> items.addAll(itemsOf.getOrDefault(part.key(), Set.of())));
        }
        for (var item : items) {
            if (!item.startsWith("CATEGORY:")) {
                countEquations.add(Equation.sum(new Cell(whole.key(), item), parts.stream().map(part -> new Cell(part.key(), item)).toList(), 0));
            }
        }
        if (whole.level() != AreaLevel.EPCI) {
            for (var kind : ContributionKind.values()) {
                amountEquations.add(Equation.sum(new Cell(whole.key(), kind.name()),
                        parts.stream().map(part -> new Cell(part.key(), kind.name())).toList(), 0));
            }
        }
    }

    private void count(String area, String item, long value) {
        itemsOf.computeIfAbsent(area, a -> new LinkedHashSet<>()).add(item);
        if (value != 0) {
            counts.put(new Cell(area, item), (double) value);
        }
    }

    private void sum(String area, String total, List<String> parts, long remainder) {
        countEquations.add(Equation.sum(new Cell(area, total), parts.stream().map(part -> new Cell(area, part)).toList(), remainder));
    }
}
