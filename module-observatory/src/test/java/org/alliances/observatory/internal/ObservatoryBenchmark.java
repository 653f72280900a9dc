package org.alliances.observatory.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import org.alliances.kernel.Commune;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.observatory.Area;
import org.alliances.observatory.AreaTree;
import org.alliances.observatory.MapFigure;
import org.alliances.observatory.Masked;
import org.alliances.observatory.ObservatoryService;
import org.alliances.observatory.Table;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.ContributionRecorded;
import org.alliances.partnerships.Origin;
import org.alliances.partnerships.PartnershipModelEvolved;
import org.alliances.partnerships.PartnershipStageChanged;
import org.alliances.partnerships.PartnershipStarted;
import org.alliances.partnerships.Stage;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.test.context.TestPropertySource;

/**
 * The observatory at scale: 1,000,000 partnerships with their events (start, stage changes, changes of model,
 * contributions) over real communes, drawn in proportion to their population. The events go through the projection
 * into the read model; the same partnerships go into raw tables (one row per partnership, per change of model, per
 * contribution, with the codes of their commune, EPCI, département and région, each indexed). For a région, a
 * département and an EPCI, measures the observatory's screen as an admin opens it (every query it makes: the area's
 * figures, the areas below, the map, and the tables built from them) against the same partnership figures computed by GROUP BY over the raw tables, and checks that
 * both give the same numbers. Run by the Maven profile {@code bench}; figures also go to
 * {@code target/benchmarks/observatory.txt}.
 */
@ModuleIntegrationTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@TestPropertySource(properties = "spring.application.name=alliances-observatory-benchmark")
class ObservatoryBenchmark {

    static final int PARTNERSHIPS = Integer.getInteger("bench.partnerships", 1_000_000);
    static final int RUNS = Integer.getInteger("bench.runs", 200);
    static final int RAW_RUNS = Integer.getInteger("bench.raw-runs", 30);

    @Autowired JdbcTemplate jdbc;
    @Autowired AreaTree tree;
    @Autowired Territories territories;
    @Autowired ObservatoryService observatory;

    record Generated(int events, long millis) {
    }

    @Test
    void screensAgainstGroupByOverRawData() throws Exception {
        org.alliances.kernel.testing.SignIn.as(org.alliances.kernel.testing.SignIn.ADMIN, "ADMIN");
        var generated = generate();
        jdbc.execute("analyze");
        var areas = List.of(new Area(org.alliances.observatory.AreaLevel.REGION, "84"),
                new Area(org.alliances.observatory.AreaLevel.DEPARTMENT, "69"),
                new Area(org.alliances.observatory.AreaLevel.EPCI, "200046977"));
        var lines = new ArrayList<String>();
        lines.add(String.format(Locale.ROOT, "Observatory benchmark: %,d partnerships, %,d events applied in %,d ms; %,d figure rows; %d runs (raw: %d)",
                PARTNERSHIPS, generated.events(), generated.millis(),
                jdbc.queryForObject("select count(*) from observatory_figure", Long.class), RUNS, RAW_RUNS));
        lines.add(String.format(Locale.ROOT, "%-28s %10s %10s %10s | %10s %10s %10s | %8s", "area", "p50 ms", "p95 ms", "p99 ms",
                "raw p50", "raw p95", "raw p99", "p95 x"));
        for (var area : areas) {
            checkSameFigures(area);
            var screen = measure(RUNS, () -> {
                var report = observatory.report(area);
                var map = observatory.map(area, MapFigure.PARTNERSHIPS);
                return report.tables().size() + map.size();
            });
            var raw = measure(RAW_RUNS, () -> rawScreen(area).size());
            lines.add(String.format(Locale.ROOT, "%-28s %10.2f %10.2f %10.2f | %10.2f %10.2f %10.2f | %8.0f",
                    area.key() + " " + observatory.name(area), screen[0], screen[1], screen[2], raw[0], raw[1], raw[2], raw[1] / screen[1]));
        }
        lines.forEach(System.out::println);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.write(Path.of("target/benchmarks/observatory.txt"), lines);
    }

    /** p50, p95, p99 in milliseconds, after a warm-up. */
    private static double[] measure(int runs, Supplier<Integer> work) {
        for (int i = 0; i < Math.max(3, runs / 10); i++) {
            work.get();
        }
        var times = new double[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return new double[]{times[(int) (runs * 0.50)], times[Math.min(runs - 1, (int) Math.ceil(runs * 0.95) - 1)],
                times[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)]};
    }

    private static String column(Area area) {
        return switch (area.level()) {
            case REGION -> "region";
            case DEPARTMENT -> "department";
            case EPCI -> "epci";
            default -> throw new IllegalArgumentException(area.toString());
        };
    }

    private static String childColumn(Area area) {
        return switch (area.level()) {
            case REGION -> "department";
            case DEPARTMENT -> "epci";
            case EPCI -> "commune";
            default -> throw new IllegalArgumentException(area.toString());
        };
    }

    /** The partnership figures of one screen, by GROUP BY over the raw tables. */
    private Map<String, List<Map<String, Object>>> rawScreen(Area area) {
        var where = " where " + column(area) + " = ?";
        var code = area.code();
        var result = new HashMap<String, List<Map<String, Object>>>();
        result.put("total", jdbc.queryForList("select count(*) as n from bench_raw_partnership" + where, code));
        result.put("model", jdbc.queryForList("select model, count(*) as n from bench_raw_partnership" + where
                + " and stage <> 'DECLINED' group by model", code));
        result.put("stage", jdbc.queryForList("select stage, count(*) as n from bench_raw_partnership" + where + " group by stage", code));
        result.put("month", jdbc.queryForList("select started_month, count(*) as n from bench_raw_partnership" + where
                + " and started_month >= ? group by started_month", code, 202412));
        result.put("flows", jdbc.queryForList("select from_model, to_model, count(*) as n from bench_raw_flow" + where
                + " group by from_model, to_model", code));
        result.put("contributions", jdbc.queryForList("select kind, sum(amount) as total, count(distinct partnership_id) as n "
                + "from bench_raw_contribution" + where + " group by kind", code));
        result.put("below", jdbc.queryForList("select " + childColumn(area) + ", count(*) as n from bench_raw_partnership" + where
                + " group by " + childColumn(area), code));
        return result;
    }

    /** The read model and the GROUP BY give the same numbers (masked the same way where they are small). */
    private void checkSameFigures(Area area) {
        var raw = rawScreen(area);
        var report = observatory.openReport(area);
        long total = ((Number) raw.get("total").getFirst().get("n")).longValue();
        var references = report.table("references").orElseThrow();
        assertThat(references.rows().getFirst().get(1)).as("partnerships of " + area).isEqualTo(Masked.count(total));
        var byModel = rows(report.table("partnerships-by-model").orElseThrow(), 1);
        raw.get("model").forEach(row -> assertThat(byModel.get((String) row.get("model"))).isEqualTo(masked(row)));
        var byStage = rows(report.table("partnerships-by-stage").orElseThrow(), 1);
        raw.get("stage").forEach(row -> assertThat(byStage.get((String) row.get("stage"))).isEqualTo(masked(row)));
        var contributions = report.table("contributions").orElseThrow();
        raw.get("contributions").forEach(row -> {
            var line = contributions.rows().stream().filter(r -> ((Table.Label) r.getFirst()).code().equals(row.get("kind"))).findFirst().orElseThrow();
            assertThat(line.get(1)).isEqualTo(masked(row));
            if (line.get(2) instanceof BigDecimal sum) {
                assertThat(sum).isEqualByComparingTo((BigDecimal) row.get("total"));
            }
        });
        var flows = report.table("model-flows").orElseThrow().rows();
        assertThat(flows).hasSize(raw.get("flows").size());
        raw.get("flows").forEach(row -> assertThat(flows.stream().filter(r -> ((Table.Label) r.get(0)).code().equals(row.get("from_model"))
                && ((Table.Label) r.get(1)).code().equals(row.get("to_model"))).findFirst().orElseThrow().get(2)).isEqualTo(masked(row)));
    }

    private static Object masked(Map<String, Object> row) {
        return Masked.count(((Number) row.get("n")).longValue());
    }

    private static Map<String, Object> rows(Table table, int column) {
        var result = new HashMap<String, Object>();
        table.rows().forEach(row -> result.put(((Table.Label) row.getFirst()).code(), row.get(column)));
        return result;
    }

    /** Generates the partnerships and their events; applies them in memory and writes the read model and the raw tables. */
    private Generated generate() throws Exception {
        long start = System.currentTimeMillis();
        var random = new Random(20261129);
        var communes = territories.all(TerritoryLevel.COMMUNE).stream().map(t -> territories.commune(t.code()).orElseThrow())
                .filter(c -> !c.isArrondissement() && c.population() > 0).toList();
        var cumulative = new long[communes.size()];
        long sum = 0;
        for (int i = 0; i < communes.size(); i++) {
            sum += communes.get(i).population();
            cumulative[i] = sum;
        }
        var memory = new MemoryReadModel(tree::keysOf);
        var raw = new StringBuilder();
        var rawFlows = new StringBuilder();
        var rawContributions = new StringBuilder();
        var models = CooperationModel.values();
        var kinds = ContributionKind.values();
        var today = LocalDate.of(2026, 11, 29);
        int events = 0;
        jdbc.execute("create table bench_raw_partnership (id uuid, commune varchar(5), epci varchar(9), department varchar(3), "
                + "region varchar(2), model varchar(40), stage varchar(20), started_month integer)");
        jdbc.execute("create table bench_raw_flow (partnership_id uuid, commune varchar(5), epci varchar(9), department varchar(3), "
                + "region varchar(2), from_model varchar(40), to_model varchar(40))");
        jdbc.execute("create table bench_raw_contribution (partnership_id uuid, commune varchar(5), epci varchar(9), department varchar(3), "
                + "region varchar(2), kind varchar(20), amount numeric(20, 2))");
        for (int p = 0; p < PARTNERSHIPS; p++) {
            int index = Arrays.binarySearch(cumulative, (long) (random.nextDouble() * sum));
            Commune commune = communes.get(index < 0 ? -index - 1 : index);
            var id = new UUID(random.nextLong(), random.nextLong());
            var association = new UUID(random.nextLong(), random.nextLong());
            var company = new UUID(random.nextLong(), random.nextLong());
            var model = models[random.nextInt(models.length)];
            var startedOn = today.minusDays(random.nextInt(36 * 30));
            var at = startedOn.atStartOfDay(Territories.TIME_ZONE).toInstant();
            boolean declared = random.nextInt(5) == 0;
            var stage = declared ? Stage.PROPOSED : Stage.EMERGENCE;
            Projection.apply(new PartnershipStarted(id, declared ? Origin.DECLARED : Origin.MATCH, association, company, null, null, model,
                    stage, commune.code(), startedOn), memory);
            events++;
            var path = declared ? (random.nextInt(10) == 0 ? List.of(Stage.DECLINED) : List.of(Stage.ACTIVE, Stage.EVALUATION, Stage.ENDED))
                    : List.of(Stage.ACTIVE, Stage.EVALUATION, Stage.ENDED);
            int moves = path.size() == 1 ? 1 : random.nextInt(path.size() + 1);
            for (int m = 0; m < moves; m++) {
                at = at.plusSeconds(86_400L * (1 + random.nextInt(60)));
                Projection.apply(new PartnershipStageChanged(id, association, company, stage, path.get(m), model, association, at), memory);
                stage = path.get(m);
                events++;
            }
            var geography = String.join("\t", commune.code(), commune.epciCode().isEmpty() ? "\\N" : commune.epciCode(),
                    commune.departmentCode(), commune.regionCode());
            if (stage == Stage.EVALUATION && random.nextInt(3) == 0) {
                var neighbours = model.neighbours();
                var target = neighbours.get(random.nextInt(neighbours.size()));
                at = at.plusSeconds(86_400);
                Projection.apply(new PartnershipModelEvolved(id, association, company, model, target, Stage.EMERGENCE, association, at), memory);
                Projection.apply(new PartnershipStageChanged(id, association, company, stage, Stage.EMERGENCE, target, association, at), memory);
                events += 2;
                rawFlows.append(id).append('\t').append(geography).append('\t').append(model).append('\t').append(target).append('\n');
                model = target;
                stage = Stage.EMERGENCE;
            }
            if (stage != Stage.PROPOSED && stage != Stage.DECLINED) {
                int contributions = random.nextInt(4);
                for (int c = 0; c < contributions; c++) {
                    var kind = kinds[random.nextInt(kinds.length)];
                    var amount = BigDecimal.valueOf(100 + random.nextInt(500_000), 2);
                    Projection.apply(new ContributionRecorded(new UUID(random.nextLong(), random.nextLong()), id, kind, amount, startedOn,
                            Instant.EPOCH), memory);
                    events++;
                    rawContributions.append(id).append('\t').append(geography).append('\t').append(kind).append('\t').append(amount.toPlainString()).append('\n');
                }
            }
            raw.append(id).append('\t').append(geography).append('\t').append(model).append('\t').append(stage).append('\t')
                    .append(startedOn.getYear() * 100 + startedOn.getMonthValue()).append('\n');
            if (raw.length() > 8_000_000) {
                copy("bench_raw_partnership", raw);
                copy("bench_raw_flow", rawFlows);
                copy("bench_raw_contribution", rawContributions);
            }
        }
        copy("bench_raw_partnership", raw);
        copy("bench_raw_flow", rawFlows);
        copy("bench_raw_contribution", rawContributions);
        for (var table : List.of("bench_raw_partnership", "bench_raw_flow", "bench_raw_contribution")) {
            for (var column : List.of("region", "department", "epci")) {
                jdbc.execute("create index on " + table + " (" + column + ")");
            }
        }
        jdbc.execute("truncate table observatory_figure");
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try {
                memory.writeTo(connection, true);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        return new Generated(events, System.currentTimeMillis() - start);
    }

    private void copy(String table, StringBuilder rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.execute((ConnectionCallback<Void>) connection -> {
            try {
                connection.unwrap(PGConnection.class).getCopyAPI().copyIn("copy " + table + " from stdin", new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        rows.setLength(0);
    }
}
