package org.alliances.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import java.util.function.IntFunction;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.Commune;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.matching.Contribution;
import org.alliances.matching.Reach;
import org.alliances.matching.RecommendationFilter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

/**
 * Matching at scale: 100,000 company profiles and 100,000 published needs over real communes (drawn in proportion to
 * their population). Measures, warm and on one thread, "top 20 companies for a need" and "top 20 needs for a company"
 * with the engine (the in-memory index scanning every candidate, the top 20 kept, the reasons of the 20 worked out),
 * the naive way (one SQL query scoring every row, ORDER BY score LIMIT 20) and the limit (a plain pass over the same
 * column arrays scoring every candidate within reach: no région skipped, no top kept, no reasons), checks that the
 * engine and the SQL give the same top 20, and prints p50/p95/p99, the ratios and the index's memory. Run by the Maven profile {@code bench}; figures also go
 * to {@code target/benchmarks/matching.txt}.
 */
@ModuleIntegrationTest
@TestPropertySource(properties = "spring.application.name=alliances-matching-benchmark")
class MatchingBenchmark {

    static final int COMPANIES = Integer.getInteger("bench.companies", 100_000);
    static final int NEEDS = Integer.getInteger("bench.needs", 100_000);
    static final int ASSOCIATIONS = NEEDS / 5;
    static final int ENGINE_QUERIES = 1_000;
    static final int NAIVE_QUERIES = 10;
    static final int TOP = 20;

    @Autowired JdbcTemplate jdbc;
    @Autowired MatchIndex index;
    @Autowired Territories territories;

    final Random random = new Random(2026);
    final Instant now = Instant.now().truncatedTo(ChronoUnit.MILLIS);
    final LocalDate today = LocalDate.ofInstant(now, Territories.TIME_ZONE);
    final List<UUID> companyIds = new ArrayList<>();
    final List<UUID> needIds = new ArrayList<>();

    @Test
    void engineAgainstNaiveSql() throws Exception {
        long start = System.nanoTime();
        generate();
        var report = new StringBuilder();
        report.append(String.format(Locale.ROOT, "data: %,d company profiles, %,d published needs, %,d associations, generated in %.1f s%n",
                COMPANIES, NEEDS, ASSOCIATIONS, (System.nanoTime() - start) / 1e9));

        System.gc();
        long before = usedMemory();
        start = System.nanoTime();
        index.reload();
        long loadMillis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long after = usedMemory();
        report.append(String.format(Locale.ROOT, "index: loaded in %,d ms, heap used by it %,d MB (measured), %,d MB (estimated)%n",
                loadMillis, (after - before) / 1_000_000, index.estimatedBytes() / 1_000_000));

        var filter = RecommendationFilter.none();
        IntFunction<List<String>> engineForNeed = i -> top(index.companiesFor(needIds.get(i), filter, today, now), needIds.get(i), true);
        IntFunction<List<String>> engineForCompany = i -> {
            var company = index.company(companyIds.get(i)).orElseThrow();
            return top(index.needsFor(company.id(), company.profile(), filter, today, now), companyIds.get(i), false);
        };
        IntFunction<List<String>> naiveForNeed = i -> naiveCompaniesFor(needIds.get(i));
        IntFunction<List<String>> naiveForCompany = i -> naiveNeedsFor(companyIds.get(i));

        for (var kind : List.of("companies for a need", "needs for a company")) {
            boolean forNeed = kind.startsWith("companies");
            var engine = forNeed ? engineForNeed : engineForCompany;
            var naive = forNeed ? naiveForNeed : naiveForCompany;
            int population = forNeed ? needIds.size() : companyIds.size();
            var engineTimes = measure(engine, population, 200, ENGINE_QUERIES);
            IntFunction<List<String>> scanOnly = forNeed
                    ? i -> { index.companiesFor(needIds.get(i), filter, today, now); return List.of(); }
                    : i -> { var company = index.company(companyIds.get(i)).orElseThrow();
                             index.needsFor(company.id(), company.profile(), filter, today, now); return List.of(); };
            var scanTimes = measure(scanOnly, population, 50, ENGINE_QUERIES);
            report.append(String.format(Locale.ROOT, "  (%s: the scan alone p50 %.2f ms, p95 %.2f ms)%n", kind,
                    percentile(scanTimes, 50), percentile(scanTimes, 95)));
            IntFunction<List<String>> limit = forNeed
                    ? i -> List.of(String.valueOf(limitCompaniesFor(needIds.get(i))))
                    : i -> List.of(String.valueOf(limitNeedsFor(companyIds.get(i))));
            var limitTimes = measure(limit, population, 50, ENGINE_QUERIES);
            report.append(String.format(Locale.ROOT,
                    "top %d %s: limit (plain pass over every candidate) p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d queries);"
                            + " engine / limit at p95 = %.2f%n",
                    TOP, kind, percentile(limitTimes, 50), percentile(limitTimes, 95), percentile(limitTimes, 99), ENGINE_QUERIES,
                    percentile(engineTimes, 95) / percentile(limitTimes, 95)));
            naive.apply(random.nextInt(population));
            var naiveTimes = new double[NAIVE_QUERIES];
            for (int run = 0; run < NAIVE_QUERIES; run++) {
                int i = random.nextInt(population);
                long begin = System.nanoTime();
                var expected = naive.apply(i);
                naiveTimes[run] = (System.nanoTime() - begin) / 1e6;
                assertThat(engine.apply(i)).as("top %d %s #%d", TOP, kind, i).isEqualTo(expected);
            }
            Arrays.sort(naiveTimes);
            report.append(String.format(Locale.ROOT,
                    "top %d %s: engine p50 %.2f ms, p95 %.2f ms, p99 %.2f ms (%d queries); naive SQL p50 %.0f ms, p95 %.0f ms, p99 %.0f ms"
                            + " (%d queries); engine %.0f times faster at p95; same top %d on %d queries%n",
                    TOP, kind, percentile(engineTimes, 50), percentile(engineTimes, 95), percentile(engineTimes, 99), ENGINE_QUERIES,
                    percentile(naiveTimes, 50), percentile(naiveTimes, 95), percentile(naiveTimes, 99), NAIVE_QUERIES,
                    percentile(naiveTimes, 95) / percentile(engineTimes, 95), TOP, NAIVE_QUERIES));
        }
        System.out.println("\n==== Matching benchmark ====\n" + report);
        Files.createDirectories(Path.of("target", "benchmarks"));
        Files.writeString(Path.of("target", "benchmarks", "matching.txt"), report.toString());
    }

    /** The engine's top 20: every candidate scored, the 20 best kept, then the reasons of those 20 worked out. */
    private List<String> top(Scan scan, UUID subject, boolean forNeed) {
        var positions = scan.best(TOP, 1);
        var best = Arrays.stream(positions).boxed()
                .sorted(Comparator.comparingInt((Integer i) -> scan.score(i)).reversed()
                        .thenComparing(i -> (forNeed ? scan.organizationId(i) : scan.needId(i)).toString()))
                .limit(TOP).toList();
        var result = new ArrayList<String>();
        for (int i : best) {
            var need = index.need(scan.needId(i)).orElseThrow();
            var company = index.company(forNeed ? scan.organizationId(i) : subject).orElseThrow();
            var scored = MatchScoring.score(need.facts(), company.profile(), territories::proximity, today, now).orElseThrow();
            if (scored.score() != scan.score(i) || scored.reasons().isEmpty()) {
                throw new IllegalStateException("The reasons disagree with the index for " + need.id() + " and " + company.id());
            }
            result.add((forNeed ? scan.organizationId(i) : scan.needId(i)) + ":" + scan.score(i));
        }
        return result;
    }

    // ---- the limit: a plain pass over the same columns -----------------------------------------------------------

    /** Every company of the index's columns read in order and scored when within the need's reach; the best and the count. */
    private long limitCompaniesFor(UUID needId) {
        var table = index.companyTable();
        var need = index.need(needId).orElseThrow();
        double freshness = MatchScoring.freshness(need.facts().lastActivityAt(), now);
        int best = 0;
        int within = 0;
        for (int j = 0; j < table.size; j++) {
            int closest = table.closest(j, need.place());
            if (closest <= need.farthest()) {
                best = Math.max(best, table.score(j, need, closest, freshness));
                within++;
            }
        }
        return (long) within << 8 | best;
    }

    /** Every need of the index's columns read in order and scored when the company is within its reach; the best and the count. */
    private long limitNeedsFor(UUID companyId) {
        var table = index.needTable();
        var company = index.company(companyId).orElseThrow();
        long todayDay = today.toEpochDay();
        long nowNanos = NeedTable.nanos(now);
        int best = 0;
        int within = 0;
        for (int i = 0; i < table.size; i++) {
            int closest = table.closest(i, company.places());
            if (table.deadlineDay[i] >= todayDay && closest <= table.farthest[i]) {
                best = Math.max(best, table.score(i, company, closest, nowNanos));
                within++;
            }
        }
        return (long) within << 8 | best;
    }

    // ---- the naive way: one SQL query scoring every row -----------------------------------------------------------

    static final String VALUES = """
            , v as (
              select s.*,
                case s.prox when 0 then 1.0::float8 when 1 then 0.85::float8 when 2 then 0.65::float8 when 3 then 0.4::float8 else 0.15::float8 end as prox_value,
                s.common::float8 / s.theme_count::float8 as theme_value,
                case when not s.offers then 0::float8
                     when s.quantity is null or s.quantity = 0 or s.capacity = 0 then 1::float8
                     else least(1::float8, s.capacity::float8 / s.quantity::float8) end as contribution_value,
                s.fitting::float8 / s.model_count::float8 as category_value,
                case when not s.co_construction then 1::float8 when s.maturity is null then 0.5::float8
                     when s.maturity in ('AWAKENING', 'EXPERIMENTING') then 0::float8 else 1::float8 end as maturity_value,
                greatest(0.7::float8, 1::float8 - (1::float8 - 0.7::float8) * (greatest(0::float8,
                     floor(extract(epoch from (?::timestamptz - s.last_activity_at)) * 1000)) / 7776000000::float8)) as freshness
              from s
              where s.prox <= case s.reach when 'LOCAL' then 1 when 'DEPARTMENT' then 2 when 'REGION' then 3 else 4 end
                and (s.deadline is null or s.deadline >= ?::date)
            ), sides as (
              select v.id,
                0.40::float8 * v.contribution_value + 0.35::float8 * v.theme_value + 0.25::float8 * v.prox_value as a,
                (0.40::float8 * v.category_value + 0.30::float8 * v.theme_value + 0.20::float8 * v.prox_value
                  + 0.10::float8 * v.maturity_value) * v.freshness as c
              from v
            )
            select id::text || ':' || floor(100::float8 * (case when a + c = 0 then 0::float8 else 2::float8 * a * c / (a + c) end)
                   + 0.5::float8)::int as pair
            from sides
            order by floor(100::float8 * (case when a + c = 0 then 0::float8 else 2::float8 * a * c / (a + c) end) + 0.5::float8) desc,
                     id::text collate "C"
            limit 20
            """;

    static final String PAIR = """
                (select min(case when bc.municipality = nc.municipality then 0 when nc.epci is not null and bc.epci = nc.epci then 1
                                 when bc.dept = nc.dept then 2 when bc.region = nc.region then 3 else 4 end)
                   from matching_profile_commune pc join bench_commune bc on bc.code = pc.commune_code
                  where pc.organization_id = p.organization_id) as prox,
                (select count(*) from matching_profile_theme pt join matching_need_theme nt on nt.theme = pt.theme
                  where pt.organization_id = p.organization_id and nt.need_id = n.id) as common,
                (select count(*) from matching_need_theme nt where nt.need_id = n.id) as theme_count,
                exists (select 1 from matching_profile_contribution pc where pc.organization_id = p.organization_id
                         and pc.contribution = n.contribution) as offers,
                (select pc.capacity from matching_profile_contribution pc where pc.organization_id = p.organization_id
                  and pc.contribution = n.contribution) as capacity,
                (select count(*) from matching_need_model nm where nm.need_id = n.id and exists (
                   select 1 from bench_model_category mc join matching_profile_category pcat on pcat.category = mc.category
                    where mc.model = nm.model and pcat.organization_id = p.organization_id)) as fitting,
                (select count(*) from matching_need_model nm where nm.need_id = n.id) as model_count,
                exists (select 1 from matching_need_model nm join bench_model bm on bm.model = nm.model
                         where nm.need_id = n.id and bm.co_construction) as co_construction,
                p.maturity, n.quantity, n.reach, n.deadline, n.last_activity_at
            """;

    private List<String> naiveCompaniesFor(UUID needId) {
        return jdbc.queryForList("with s as (select p.organization_id as id, " + PAIR + """
                  from matching_need n join bench_commune nc on nc.code = n.commune_code
                  cross join matching_profile p
                 where n.id = ? and n.status = 'PUBLISHED' and p.organization_id <> n.organization_id)""" + VALUES,
                String.class, needId, Timestamp.from(now), java.sql.Date.valueOf(today));
    }

    private List<String> naiveNeedsFor(UUID companyId) {
        return jdbc.queryForList("with s as (select n.id as id, " + PAIR + """
                  from matching_profile p cross join matching_need n join bench_commune nc on nc.code = n.commune_code
                 where p.organization_id = ? and n.status = 'PUBLISHED' and n.organization_id <> p.organization_id)""" + VALUES,
                String.class, companyId, Timestamp.from(now), java.sql.Date.valueOf(today));
    }

    // ---- data ---------------------------------------------------------------------------------------------------

    private void generate() {
        var communes = territories.all(org.alliances.kernel.TerritoryLevel.COMMUNE).stream()
                .map(territory -> territories.commune(territory.code()).orElseThrow()).filter(commune -> commune.population() > 0).toList();
        var cumulative = new long[communes.size()];
        long total = 0;
        for (int i = 0; i < communes.size(); i++) {
            total += communes.get(i).population();
            cumulative[i] = total;
        }
        final long population = total;
        IntFunction<Commune> drawCommune = ignored -> {
            long point = (long) (random.nextDouble() * population);
            int at = Arrays.binarySearch(cumulative, point);
            return communes.get(at >= 0 ? Math.min(at + 1, communes.size() - 1) : -at - 1);
        };

        jdbc.execute("create table bench_commune (code varchar(5) primary key, municipality varchar(5), epci varchar(12), dept varchar(3), region varchar(3))");
        var communeRows = new ArrayList<Object[]>();
        territories.all(org.alliances.kernel.TerritoryLevel.COMMUNE).forEach(territory -> {
            var commune = territories.commune(territory.code()).orElseThrow();
            communeRows.add(new Object[] {commune.code(), commune.municipalityCode(), commune.epci().isPresent() ? commune.epciCode() : null,
                    commune.departmentCode(), commune.regionCode()});
        });
        jdbc.batchUpdate("insert into bench_commune values (?, ?, ?, ?, ?) on conflict do nothing", communeRows);
        jdbc.execute("create table bench_model_category (model varchar(40), category varchar(40))");
        jdbc.execute("create table bench_model (model varchar(40) primary key, co_construction boolean)");
        for (var model : CooperationModel.values()) {
            for (var category : model.categories()) {
                jdbc.update("insert into bench_model_category values (?, ?)", model.name(), category.name());
            }
            jdbc.update("insert into bench_model values (?, ?)", model.name(), model.categories().stream().noneMatch(Category::isEntryDoor));
        }

        var organizations = new ArrayList<Object[]>();
        var profiles = new ArrayList<Object[]>();
        var profileThemes = new ArrayList<Object[]>();
        var profileContributions = new ArrayList<Object[]>();
        var profileCommunes = new ArrayList<Object[]>();
        var profileCategories = new ArrayList<Object[]>();
        var stamp = Timestamp.from(now);
        for (int i = 0; i < COMPANIES; i++) {
            var id = UUID.randomUUID();
            companyIds.add(id);
            var commune = drawCommune.apply(i);
            organizations.add(new Object[] {id, "COMPANY", "Entreprise " + i, String.format("B%08d", i), commune.code(), stamp});
            var maturity = random.nextInt(5) == 0 ? null : MaturityLevel.values()[random.nextInt(4)].name();
            profiles.add(new Object[] {id, maturity, stamp});
            for (var theme : distinct(Theme.values(), 1 + random.nextInt(3))) {
                profileThemes.add(new Object[] {id, theme.name()});
            }
            for (var contribution : distinct(Contribution.values(), 1 + random.nextInt(3))) {
                int capacity = contribution.unit() == Contribution.Unit.NONE || random.nextInt(4) == 0 ? 0 : 10 * (1 + random.nextInt(200));
                profileContributions.add(new Object[] {id, contribution.name(), capacity});
            }
            profileCommunes.add(new Object[] {id, commune.code()});
            if (random.nextInt(3) == 0) {
                var other = drawCommune.apply(i);
                if (!other.code().equals(commune.code())) {
                    profileCommunes.add(new Object[] {id, other.code()});
                }
            }
            int position = 0;
            for (var category : distinct(Category.values(), 1 + random.nextInt(2))) {
                profileCategories.add(new Object[] {id, position++, category.name()});
            }
        }
        var needs = new ArrayList<Object[]>();
        var needThemes = new ArrayList<Object[]>();
        var needModels = new ArrayList<Object[]>();
        for (int a = 0; a < ASSOCIATIONS; a++) {
            var association = UUID.randomUUID();
            var commune = drawCommune.apply(a);
            organizations.add(new Object[] {association, "ASSOCIATION", "Association " + a, String.format("W%09d", a), commune.code(), stamp});
            for (int k = 0; k < NEEDS / ASSOCIATIONS; k++) {
                var id = UUID.randomUUID();
                needIds.add(id);
                var contribution = Contribution.values()[random.nextInt(Contribution.values().length)];
                var quantity = contribution.unit() == Contribution.Unit.NONE || random.nextInt(3) == 0 ? null : 10 * (1 + random.nextInt(100));
                var deadline = random.nextInt(3) == 0 ? null : java.sql.Date.valueOf(today.plusDays(1 + random.nextInt(200)));
                var activity = Timestamp.from(now.minus(random.nextInt(80 * 24 * 60), ChronoUnit.MINUTES));
                needs.add(new Object[] {id, association, "Besoin " + k + " de l'association " + a, "Description du besoin " + k,
                        contribution.name(), commune.code(), Reach.values()[random.nextInt(Reach.values().length)].name(), deadline,
                        quantity, stamp, activity});
                for (var theme : distinct(Theme.values(), 1 + random.nextInt(3))) {
                    needThemes.add(new Object[] {id, theme.name()});
                }
                var suggested = contribution.suggestedModels();
                needModels.add(new Object[] {id, suggested.getFirst().name()});
                if (suggested.size() > 1 && random.nextBoolean()) {
                    needModels.add(new Object[] {id, suggested.get(1).name()});
                }
            }
        }
        batch("insert into kernel_organization (id, type, name, identifier, commune_code, status, created_at, updated_at)"
                + " values (?, ?, ?, ?, ?, 'ACTIVE', ?, ?)", organizations.stream().map(row ->
                new Object[] {row[0], row[1], row[2], row[3], row[4], row[5], row[5]}).toList());
        batch("insert into matching_profile (organization_id, maturity, updated_at) values (?, ?, ?)", profiles);
        batch("insert into matching_profile_theme (organization_id, theme) values (?, ?)", profileThemes);
        batch("insert into matching_profile_contribution (organization_id, contribution, capacity) values (?, ?, ?)", profileContributions);
        batch("insert into matching_profile_commune (organization_id, commune_code) values (?, ?)", profileCommunes);
        batch("insert into matching_profile_category (organization_id, position, category) values (?, ?, ?)", profileCategories);
        batch("insert into matching_need (id, organization_id, status, title, description, contribution, commune_code, reach, deadline,"
                + " quantity, created_at, published_at, last_activity_at) values (?, ?, 'PUBLISHED', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                needs.stream().map(row -> new Object[] {row[0], row[1], row[2], row[3], row[4], row[5], row[6], row[7], row[8], row[9],
                        row[9], row[10]}).toList());
        batch("insert into matching_need_theme (need_id, theme) values (?, ?)", needThemes);
        batch("insert into matching_need_model (need_id, model) values (?, ?)", needModels);
        jdbc.execute("vacuum analyze");
    }

    private void batch(String sql, List<Object[]> rows) {
        for (int from = 0; from < rows.size(); from += 10_000) {
            jdbc.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 10_000)));
        }
    }

    private <T> List<T> distinct(T[] values, int count) {
        var shuffled = new ArrayList<>(List.of(values));
        java.util.Collections.shuffle(shuffled, random);
        return shuffled.subList(0, count);
    }

    private double[] measure(IntFunction<List<String>> query, int population, int warmUp, int runs) {
        for (int i = 0; i < warmUp; i++) {
            query.apply(random.nextInt(population));
        }
        var times = new double[runs];
        for (int i = 0; i < runs; i++) {
            int subject = random.nextInt(population);
            long start = System.nanoTime();
            query.apply(subject);
            times[i] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(times);
        return times;
    }

    private static double percentile(double[] sorted, int percent) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(percent / 100.0 * sorted.length) - 1)];
    }

    private static long usedMemory() {
        var runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
