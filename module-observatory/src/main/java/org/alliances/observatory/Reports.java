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
import org.alliances.matching.NeedStatus;
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

    static List<Table> tables(Figures figures, long population, long nationalPopulation, LocalDate today,
                              List<Child> children) {
        var tables = new ArrayList<Table>();
        tables.add(organizations(figures));
        tables.add(maturity(figures));
        tables.add(needs(figures));
        tables.add(matching(figures));
        tables.add(byCategory(figures));
        tables.add(byModel(figures));
        tables.add(byStage(figures));
        tables.add(contributions(figures));
        tables.add(months(figures, today));
        tables.add(flows(figures));
        tables.add(unmetByTheme(figures));
        tables.add(unmetByCategory(figures));
        tables.add(references(figures, population, nationalPopulation));
        tables.add(children(children));
        return List.copyOf(tables);
    }

    private static Table organizations(Figures f) {
        var rows = new ArrayList<List<Object>>();
        for (var type : OrganizationType.values()) {
            if (type == OrganizationType.PLATFORM) {
                continue;
            }
            rows.add(List.of(new Label(type.name(), type.labelKey()), Masked.count(f.count(Metric.ORGANIZATIONS, type.name())),
                    Masked.count(f.count(Metric.ORGANIZATIONS_JOINED, type.name()))));
        }
        return new Table("organizations", List.of("type", "active", "joined"), rows);
    }

    private static Table maturity(Figures f) {
        var rows = new ArrayList<List<Object>>();
        rows.add(List.of(new Label("DIAGNOSES", "observatory.row.diagnoses"), Masked.count(f.count(Metric.DIAGNOSES))));
        for (var level : MaturityLevel.values()) {
            rows.add(List.of(new Label(level.name(), level.labelKey()), Masked.count(f.count(Metric.MATURITY, level.name()))));
        }
        return new Table("maturity", List.of("figure", "count"), rows);
    }

    private static Table needs(Figures f) {
        var rows = new ArrayList<List<Object>>();
        rows.add(List.of(new Label("PUBLISHED_EVER", "observatory.row.needs-published"), Masked.count(f.count(Metric.NEEDS_PUBLISHED))));
        for (var status : List.of(NeedStatus.PUBLISHED, NeedStatus.FULFILLED, NeedStatus.EXPIRED, NeedStatus.ABANDONED)) {
            rows.add(List.of(new Label(status.name(), "observatory.need." + status.name()), Masked.count(f.count(Metric.NEEDS, status.name()))));
        }
        return new Table("needs", List.of("figure", "count"), rows);
    }

    private static Table matching(Figures f) {
        long answered = f.total(Metric.RESPONSE_HOURS);
        long median = f.median(Metric.RESPONSE_HOURS);
        Object medianCell = answered == 0 ? "" : answered < Masked.THRESHOLD ? Masked.VALUE : (Object) median;
        return new Table("matching", List.of("figure", "count"), List.of(
                List.of(new Label("INTERESTS", "observatory.row.interests"), Masked.count(f.count(Metric.INTERESTS))),
                List.of(new Label("MATCHES", "observatory.row.matches"), Masked.count(f.count(Metric.MATCHES))),
                List.of(new Label("ANSWERED", "observatory.row.answered"), Masked.count(answered)),
                List.of(new Label("MEDIAN_RESPONSE_HOURS", "observatory.row.median-response"), medianCell)));
    }

    private static Table byCategory(Figures f) {
        var rows = new ArrayList<List<Object>>();
        for (var category : Category.values()) {
            long count = Arrays.stream(CooperationModel.values()).filter(m -> m.belongsTo(category))
                    .mapToLong(m -> f.count(Metric.PARTNERSHIPS_BY_MODEL, m.name())).sum();
            rows.add(List.of(new Label(category.name(), category.labelKey()), Masked.count(count)));
        }
        return new Table("partnerships-by-category", List.of("category", "partnerships"), rows);
    }

    private static Table byModel(Figures f) {
        var rows = new ArrayList<List<Object>>();
        for (var model : CooperationModel.values()) {
            rows.add(List.of(new Label(model.name(), model.labelKey()), Masked.count(f.count(Metric.PARTNERSHIPS_BY_MODEL, model.name()))));
        }
        return new Table("partnerships-by-model", List.of("model", "partnerships"), rows);
    }

    private static Table byStage(Figures f) {
        var rows = new ArrayList<List<Object>>();
        for (var stage : Stage.values()) {
            rows.add(List.of(new Label(stage.name(), stage.labelKey()), Masked.count(f.count(Metric.PARTNERSHIPS_BY_STAGE, stage.name()))));
        }
        return new Table("partnerships-by-stage", List.of("stage", "partnerships"), rows);
    }

    private static Table contributions(Figures f) {
        var rows = new ArrayList<List<Object>>();
        for (var kind : ContributionKind.values()) {
            long partnerships = f.count(Metric.CONTRIBUTORS, kind.name());
            rows.add(List.of(new Label(kind.name(), kind.labelKey()), Masked.count(partnerships),
                    Masked.sum(f.amount(Metric.CONTRIBUTIONS, kind.name()), partnerships),
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

    private static Table months(Figures f, LocalDate today) {
        var rows = new ArrayList<List<Object>>();
        for (var month : lastMonths(today)) {
            var row = new ArrayList<Object>();
            row.add(new Label(month.toString(), "observatory.month", List.of(month.getMonthValue(), month.getYear())));
            for (var metric : MONTHLY) {
                row.add(Masked.count(f.inMonth(metric, month.getYear() * 100 + month.getMonthValue())));
            }
            rows.add(row);
        }
        return new Table("months", List.of("month", "joined", "diagnoses", "needs", "matches", "partnerships"), rows);
    }

    private static Table flows(Figures f) {
        var rows = new ArrayList<List<Object>>();
        f.byDimension(Metric.MODEL_FLOWS).entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).forEach(e -> {
                    var models = e.getKey().split(">");
                    var from = CooperationModel.valueOf(models[0]);
                    var to = CooperationModel.valueOf(models[1]);
                    rows.add(List.of(new Label(from.name(), from.labelKey()), new Label(to.name(), to.labelKey()), Masked.count(e.getValue())));
                });
        return new Table("model-flows", List.of("from", "to", "partnerships"), rows);
    }

    private static Table unmetByTheme(Figures f) {
        var rows = new ArrayList<List<Object>>();
        f.byDimension(Metric.UNMET_BY_THEME).entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .forEach(e -> rows.add(List.of(new Label(e.getKey(), Theme.valueOf(e.getKey()).labelKey()), Masked.count(e.getValue()))));
        return new Table("unmet-by-theme", List.of("theme", "needs"), rows);
    }

    private static Table unmetByCategory(Figures f) {
        var rows = new ArrayList<List<Object>>();
        for (var category : Category.values()) {
            rows.add(List.of(new Label(category.name(), category.labelKey()), Masked.count(f.count(Metric.UNMET_BY_CATEGORY, category.name()))));
        }
        return new Table("unmet-by-category", List.of("category", "needs"), rows);
    }

    /** Partnerships here per 1,000 inhabitants, beside the national figure of the Observatoire des partenariats. */
    private static Table references(Figures f, long population, long nationalPopulation) {
        long partnerships = f.count(Metric.PARTNERSHIPS_STARTED);
        Object here = population == 0 ? "" : Masked.hides(partnerships) ? Masked.VALUE
                : BigDecimal.valueOf(partnerships * 1000).divide(BigDecimal.valueOf(population), 3, RoundingMode.HALF_UP);
        var national = BigDecimal.valueOf(NATIONAL_PARTNERSHIPS_2020 * 1000).divide(BigDecimal.valueOf(nationalPopulation), 1, RoundingMode.HALF_UP);
        long expected = Math.round((double) NATIONAL_PARTNERSHIPS_2020 * population / nationalPopulation);
        return new Table("references", List.of("figure", "here", "reference", "source"), List.of(
                List.of(new Label("PARTNERSHIPS", "observatory.reference.partnerships"), Masked.count(partnerships), expected,
                        new Label("RAMEAU_2020", "observatory.source.rameau-2020")),
                List.of(new Label("PARTNERSHIPS_PER_1000", "observatory.reference.per-1000"), here, national,
                        new Label("RAMEAU_2020", "observatory.source.rameau-2020"))));
    }

    /** An area just below, with its name and figures. */
    record Child(Area area, String name, Figures figures) {
    }

    private static Table children(List<Child> children) {
        var rows = new ArrayList<List<Object>>();
        for (var child : children) {
            var f = child.figures();
            rows.add(List.of(new Label(child.area().key(), "observatory.name", List.of(child.name())),
                    Masked.count(f.total(Metric.ORGANIZATIONS)), Masked.count(f.count(Metric.NEEDS_PUBLISHED)),
                    Masked.count(f.count(Metric.MATCHES)), Masked.count(f.count(Metric.PARTNERSHIPS_STARTED))));
        }
        return new Table("areas-below", List.of("area", "organizations", "needs", "matches", "partnerships"), rows);
    }
}
