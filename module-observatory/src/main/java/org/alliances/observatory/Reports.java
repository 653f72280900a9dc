package org.alliances.observatory;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.observatory.Table.Label;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.Stage;

/**
 * Turns an area's figures into the observatory's tables, masking every count under {@link Masked#THRESHOLD} (and the
 * sums, medians and rates computed on fewer things). The one place that decides what a table holds, for the screen,
 * the exports and the open data alike.
 */
final class Reports {

    /** Observatoire des partenariats (Le RAMEAU), May 2020: association–company partnerships in France. */
    static final long NATIONAL_PARTNERSHIPS_2020 = 1_200_000;

    static final int MONTHS = 24;

    private Reports() {
    }

    static List<Table> tables(Area area, Figures figures, long population, long nationalPopulation, LocalDate today,
                              List<Child> children, Protection p) {
        var tables = new ArrayList<Table>();
        tables.add(organizations(area, figures, p));
        tables.add(maturity(area, figures, p));
        tables.add(needs(area, figures, p));
        tables.add(matching(area, figures, p));
        tables.add(byCategory(area, figures, p));
        tables.add(byModel(area, figures, p));
        tables.add(byStage(area, figures, p));
        tables.add(contributions(area, figures, p));
        tables.add(months(area, figures, today, p));
        tables.add(flows(area, figures, p));
        tables.add(unmetByTheme(area, figures, p));
        tables.add(unmetByCategory(area, figures, p));
        tables.add(references(area, figures, population, nationalPopulation, p));
        tables.add(children(children, p));
        return List.copyOf(tables);
    }

    private static Table organizations(Area area, Figures f, Protection p) {
        var rows = new ArrayList<List<Object>>();
        for (var type : OrganizationType.values()) {
            if (type == OrganizationType.PLATFORM) {
                continue;
            }
            rows.add(List.of(new Label(type.name(), type.labelKey()),
                    p.count(area, PublishedCells.item(Metric.ORGANIZATIONS, type.name()), f.count(Metric.ORGANIZATIONS, type.name())),
                    p.count(area, PublishedCells.item(Metric.ORGANIZATIONS_JOINED, type.name()), f.count(Metric.ORGANIZATIONS_JOINED, type.name()))));
        }
        return new Table("organizations", List.of("type", "active", "joined"), rows);
    }

    private static Table maturity(Area area, Figures f, Protection p) {
        var rows = new ArrayList<List<Object>>();
        rows.add(List.of(new Label("DIAGNOSES", "observatory.row.diagnoses"), p.count(area, Metric.DIAGNOSES.name(), f.count(Metric.DIAGNOSES))));
        for (var level : MaturityLevel.values()) {
            rows.add(List.of(new Label(level.name(), level.labelKey()),
                    p.count(area, PublishedCells.item(Metric.MATURITY, level.name()), f.count(Metric.MATURITY, level.name()))));
        }
        return new Table("maturity", List.of("figure", "count"), rows);
    }

    private static Table needs(Area area, Figures f, Protection p) {
        var rows = new ArrayList<List<Object>>();
        rows.add(List.of(new Label("PUBLISHED_EVER", "observatory.row.needs-published"),
                p.count(area, Metric.NEEDS_PUBLISHED.name(), f.count(Metric.NEEDS_PUBLISHED))));
        for (var status : PublishedCells.NEED_STATUSES) {
            rows.add(List.of(new Label(status.name(), "observatory.need." + status.name()),
                    p.count(area, PublishedCells.item(Metric.NEEDS, status.name()), f.count(Metric.NEEDS, status.name()))));
        }
        return new Table("needs", List.of("figure", "count"), rows);
    }

    private static Table matching(Area area, Figures f, Protection p) {
        long answered = f.total(Metric.RESPONSE_HOURS);
        long median = f.median(Metric.RESPONSE_HOURS);
        Object medianCell = answered == 0 ? "" : answered < Masked.THRESHOLD ? Masked.VALUE : (Object) median;
        return new Table("matching", List.of("figure", "count"), List.of(
                List.of(new Label("INTERESTS", "observatory.row.interests"), p.count(area, Metric.INTERESTS.name(), f.count(Metric.INTERESTS))),
                List.of(new Label("MATCHES", "observatory.row.matches"), p.count(area, Metric.MATCHES.name(), f.count(Metric.MATCHES))),
                List.of(new Label("ANSWERED", "observatory.row.answered"), p.count(area, PublishedCells.ANSWERED, answered)),
                List.of(new Label("MEDIAN_RESPONSE_HOURS", "observatory.row.median-response"), medianCell)));
    }

    private static Table byCategory(Area area, Figures f, Protection p) {
        var rows = new ArrayList<List<Object>>();
        for (var category : Category.values()) {
            long count = Arrays.stream(CooperationModel.values()).filter(m -> m.belongsTo(category))
                    .mapToLong(m -> f.count(Metric.PARTNERSHIPS_BY_MODEL, m.name())).sum();
            rows.add(List.of(new Label(category.name(), category.labelKey()), p.count(area, PublishedCells.category(category), count)));
        }
        return new Table("partnerships-by-category", List.of("category", "partnerships"), rows);
    }

    private static Table byModel(Area area, Figures f, Protection p) {
        var rows = new ArrayList<List<Object>>();
        for (var model : CooperationModel.values()) {
            rows.add(List.of(new Label(model.name(), model.labelKey()), p.count(area, PublishedCells.item(Metric.PARTNERSHIPS_BY_MODEL, model.name()),
                    f.count(Metric.PARTNERSHIPS_BY_MODEL, model.name()))));
        }
        return new Table("partnerships-by-model", List.of("model", "partnerships"), rows);
    }

    private static Table byStage(Area area, Figures f, Protection p) {
        var rows = new ArrayList<List<Object>>();
        for (var stage : Stage.values()) {
            rows.add(List.of(new Label(stage.name(), stage.labelKey()), p.count(area, PublishedCells.item(Metric.PARTNERSHIPS_BY_STAGE, stage.name()),
                    f.count(Metric.PARTNERSHIPS_BY_STAGE, stage.name()))));
        }
        return new Table("partnerships-by-stage", List.of("stage", "partnerships"), rows);
    }

    private static Table contributions(Area area, Figures f, Protection p) {
        var rows = new ArrayList<List<Object>>();
        for (var kind : ContributionKind.values()) {
            long partnerships = f.count(Metric.CONTRIBUTORS, kind.name());
            rows.add(List.of(new Label(kind.name(), kind.labelKey()), p.count(area, PublishedCells.item(Metric.CONTRIBUTORS, kind.name()), partnerships),
                    p.amount(area, kind.name(), f.amount(Metric.CONTRIBUTIONS, kind.name()), partnerships),
                    new Label(kind.unit().name(), "observatory.unit." + kind.unit().name())));
        }
        return new Table("contributions", List.of("kind", "partnerships", "total", "unit"), rows);
    }

    static List<YearMonth> lastMonths(LocalDate today) {
        var last = YearMonth.from(today);
        var months = new ArrayList<YearMonth>();
        for (int i = MONTHS - 1; i >= 0; i--) {
            months.add(last.minusMonths(i));
        }
        return months;
    }

    static final List<Metric> MONTHLY = List.of(Metric.ORGANIZATIONS_JOINED, Metric.DIAGNOSES, Metric.NEEDS_PUBLISHED,
            Metric.MATCHES, Metric.PARTNERSHIPS_STARTED);

    private static Table months(Area area, Figures f, LocalDate today, Protection p) {
        var rows = new ArrayList<List<Object>>();
        for (var month : lastMonths(today)) {
            var row = new ArrayList<Object>();
            row.add(new Label(month.toString(), "observatory.month", List.of(month.getMonthValue(), month.getYear())));
            for (var metric : MONTHLY) {
                row.add(p.count(area, PublishedCells.month(metric, month), f.inMonth(metric, month.getYear() * 100 + month.getMonthValue())));
            }
            rows.add(row);
        }
        return new Table("months", List.of("month", "joined", "diagnoses", "needs", "matches", "partnerships"), rows);
    }

    private static Table flows(Area area, Figures f, Protection p) {
        var rows = new ArrayList<List<Object>>();
        f.byDimension(Metric.MODEL_FLOWS).entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
                    var models = e.getKey().split(">");
                    var from = CooperationModel.valueOf(models[0]);
                    var to = CooperationModel.valueOf(models[1]);
                    rows.add(List.of(new Label(from.name(), from.labelKey()), new Label(to.name(), to.labelKey()),
                            p.count(area, PublishedCells.item(Metric.MODEL_FLOWS, e.getKey()), e.getValue())));
                });
        return new Table("model-flows", List.of("from", "to", "partnerships"), rows);
    }

    private static Table unmetByTheme(Area area, Figures f, Protection p) {
        var rows = new ArrayList<List<Object>>();
        f.byDimension(Metric.UNMET_BY_THEME).entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> rows.add(List.of(new Label(e.getKey(), Theme.valueOf(e.getKey()).labelKey()),
                        p.count(area, PublishedCells.item(Metric.UNMET_BY_THEME, e.getKey()), e.getValue()))));
        return new Table("unmet-by-theme", List.of("theme", "needs"), rows);
    }

    private static Table unmetByCategory(Area area, Figures f, Protection p) {
        var rows = new ArrayList<List<Object>>();
        for (var category : Category.values()) {
            rows.add(List.of(new Label(category.name(), category.labelKey()), p.count(area, PublishedCells.item(Metric.UNMET_BY_CATEGORY, category.name()),
                    f.count(Metric.UNMET_BY_CATEGORY, category.name()))));
        }
        return new Table("unmet-by-category", List.of("category", "needs"), rows);
    }

    /** Partnerships here per 1,000 inhabitants, beside the national figure of the Observatoire des partenariats. */
    private static Table references(Area area, Figures f, long population, long nationalPopulation, Protection p) {
        long partnerships = f.count(Metric.PARTNERSHIPS_STARTED);
        var shown = p.count(area, PublishedCells.PARTNERSHIPS, partnerships);
        // the rate gives the count away (the population is public): it is hidden with it
        Object here = population == 0 ? "" : shown instanceof Masked ? shown
                : BigDecimal.valueOf(partnerships * 1000).divide(BigDecimal.valueOf(population), 3, RoundingMode.HALF_UP);
        var national = BigDecimal.valueOf(NATIONAL_PARTNERSHIPS_2020 * 1000).divide(BigDecimal.valueOf(nationalPopulation), 1, RoundingMode.HALF_UP);
        long expected = Math.round((double) NATIONAL_PARTNERSHIPS_2020 * population / nationalPopulation);
        return new Table("references", List.of("figure", "here", "reference", "source"), List.of(
                List.of(new Label("PARTNERSHIPS", "observatory.reference.partnerships"), shown, expected,
                        new Label("RAMEAU_2020", "observatory.source.rameau-2020")),
                List.of(new Label("PARTNERSHIPS_PER_1000", "observatory.reference.per-1000"), here, national,
                        new Label("RAMEAU_2020", "observatory.source.rameau-2020"))));
    }

    /** An area just below, with its name and figures. */
    record Child(Area area, String name, Figures figures) {
    }

    private static Table children(List<Child> children, Protection p) {
        var rows = new ArrayList<List<Object>>();
        for (var child : children) {
            var f = child.figures();
            var area = child.area();
            rows.add(List.of(new Label(area.key(), "observatory.name", List.of(child.name())),
                    p.count(area, PublishedCells.ORGANIZATIONS, f.total(Metric.ORGANIZATIONS)),
                    p.count(area, Metric.NEEDS_PUBLISHED.name(), f.count(Metric.NEEDS_PUBLISHED)),
                    p.count(area, Metric.MATCHES.name(), f.count(Metric.MATCHES)),
                    p.count(area, PublishedCells.PARTNERSHIPS, f.count(Metric.PARTNERSHIPS_STARTED))));
        }
        return new Table("areas-below", List.of("area", "organizations", "needs", "matches", "partnerships"), rows);
    }
}
