package org.alliances.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.alliances.AlliancesApplication;
import org.alliances.FreshDatabase;
import org.alliances.TestSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * A crash under a burst of events. The same burst ({@link EventBurst}) runs twice, each time on instances that are JVMs
 * of their own sharing a fresh database and one Kafka broker: once on one instance left alone (the reference), once on
 * instance A beside instance B, A killed (kill -9) as soon as its writes are committed, while its listeners still work
 * through the events. B delivers what A left unfinished (the event resubmission). Then both databases must hold the
 * same rows in every module, the same observatory figures, no notification twice and no publication incomplete.
 * Reports the events per second through the registry and through the externalisation, and the time to recover.
 */
@SpringBootTest
@Import(TestSupport.class)
class EventBurstBenchmark {

    private static final Duration LIMIT = Duration.ofMinutes(20);
    /** What the platform keeps for itself (locks, migrations, the registry) or a test writes: not compared. */
    private static final List<String> NOT_COMPARED = List.of("event_publication", "event_publication_archive", "kernel_scheduler_lock",
            "flyway_schema_history", "tick_run", "observatory_applied_event", "observatory_waiting_event", "accounts_security_event");

    @Autowired DataSource testDataSource;
    @TempDir Path logs;

    @Test
    void aCrashUnderABurstOfEventsLosesNothingAndDoublesNothing() throws Exception {
        int rounds = Integer.getInteger("bench.burst.rounds", 200);
        var kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
        var report = new StringBuilder();
        try {
            var reference = FreshDatabase.create(testDataSource, "burst_reference");
            var alone = start(reference, "reference", kafka, rounds, true);
            var started = Instant.now();
            alone.awaitLog("BURST PUBLISHED", LIMIT);
            long events = publishedEvents(alone);
            var referenceDb = jdbc(reference);
            awaitNothingIncomplete(referenceDb);
            var referenceSeconds = Duration.between(started, Instant.now()).toMillis() / 1000.0;
            var throughput = throughput(referenceDb, capacityStart(alone));
            alone.stop();

            var crashed = FreshDatabase.create(testDataSource, "burst_crash");
            var standing = start(crashed, "b", kafka, rounds, false);
            standing.awaitLog("Started AlliancesApplication", LIMIT);
            var killed = start(crashed, "a", kafka, rounds, true);
            killed.awaitLog("BURST PUBLISHED", LIMIT);
            killed.process().destroyForcibly().waitFor();
            var killedAt = Instant.now();
            var crashedDb = jdbc(crashed);
            long leftIncomplete = incomplete(crashedDb);
            awaitNothingIncomplete(crashedDb);
            var recovery = Duration.between(killedAt, Instant.now());
            standing.stop();

            var differences = compare(referenceDb, crashedDb);
            long twice = crashedDb.queryForObject("select count(*) - count(distinct (account_id, source_key)) from notifications_notification", Long.class);
            report.append(String.format("""
                    Event burst (%d rounds), each instance a JVM of its own, one embedded Kafka broker (KRaft), 2 cores
                    domain events published by the mixed burst (registrations, needs, interests, matches, partnerships, moves, contributions, messages): %d; then 5,000 NeedChanged
                    reference, one instance: burst and every listener done in %.1f s
                    %s
                    crash: instance A killed (kill -9) once its writes were committed, %d publications incomplete;
                    instance B delivered them again: nothing incomplete %.1f s after the kill (stale after 30 s, checked every 5 s, resubmitted every 10 s)
                    tables compared: %d, rows differing: %s; observatory figures identical: %s; notifications twice: %d
                    """, rounds, events, referenceSeconds, throughput, leftIncomplete, recovery.toMillis() / 1000.0,
                    differences.compared(), differences.differing(), differences.figuresIdentical(), twice));
            System.out.println(report);
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/event-burst.txt"), report);
            assertThat(leftIncomplete).as("the kill left events unfinished").isPositive();
            assertThat(differences.differing()).isEmpty();
            assertThat(differences.figuresIdentical()).isTrue();
            assertThat(twice).isZero();
        } finally {
            kafka.destroy();
        }
    }

    private InstanceProcess start(String url, String name, EmbeddedKafkaKraftBroker kafka, int rounds, boolean burst) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var log = logs.resolve(name + ".log");
        var command = new ArrayList<>(List.of(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"), AlliancesApplication.class.getName(),
                "--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0",
                "--alliances.cluster.enabled=true", "--alliances.cluster.instance-name=" + name,
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                "--alliances.events.resubmit-after=PT10S", "--alliances.events.resubmission-interval=PT10S",
                "--alliances.events.stale-after=PT30S", "--spring.modulith.events.staleness.check-intervall=PT5S",
                "--bench.burst.rounds=" + rounds, "--alliances.observatory.rebuild-at-start=false"));
        if (burst) {
            command.add("--spring.main.sources=" + EventBurst.class.getName());
        }
        return InstanceProcess.start(command, log);
    }

    private static long publishedEvents(InstanceProcess instance) throws IOException {
        var matcher = Pattern.compile("BURST WRITTEN (\\d+)").matcher(Files.readString(instance.log(), StandardCharsets.UTF_8));
        return matcher.find() ? Long.parseLong(matcher.group(1)) : -1;
    }

    private static JdbcTemplate jdbc(String url) {
        return new JdbcTemplate(new DriverManagerDataSource(url, "postgres", ""));
    }

    private static long incomplete(JdbcTemplate db) {
        return db.queryForObject("select count(*) from event_publication where completion_date is null", Long.class);
    }

    private static void awaitNothingIncomplete(JdbcTemplate db) throws InterruptedException {
        var deadline = Instant.now().plus(LIMIT);
        while (incomplete(db) > 0) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("Publications still incomplete after " + LIMIT + ": " + incomplete(db));
            }
            Thread.sleep(200);
        }
    }

    private static java.sql.Timestamp capacityStart(InstanceProcess instance) throws IOException {
        var matcher = Pattern.compile("CAPACITY STARTED (\\S+)").matcher(Files.readString(instance.log(), StandardCharsets.UTF_8));
        matcher.find();
        return java.sql.Timestamp.from(Instant.parse(matcher.group(1)));
    }

    /**
     * Events a second through the registry (every listener's publication) and through the externalisation alone, for
     * the mixed burst (as fast as the burst writes) and for the events published faster than they are handled.
     */
    private static String throughput(JdbcTemplate db, java.sql.Timestamp capacityStart) {
        var lines = new StringBuilder();
        db.query("""
                select case when publication_date < ? then 'mixed burst, ' else 'events published faster than handled, ' end
                       || case when listener_id like '%DelegatingEventExternalizer%' then 'externalisation to Kafka' else 'registry (every other listener)' end as way,
                       count(*) as publications, extract(epoch from max(completion_date) - min(publication_date)) as seconds
                from event_publication group by 1 order by 1""", row -> {
            double seconds = row.getDouble("seconds");
            lines.append(String.format("  %s: %d publications in %.1f s, %.0f a second%n", row.getString("way"),
                    row.getLong("publications"), seconds, row.getLong("publications") / seconds));
        }, capacityStart);
        return "through, from the first publication to the last completion (one publication per event and listener; each\n"
                + "NeedChanged has one for the observatory and one for Kafka):\n" + lines.toString().stripTrailing();
    }

    private record Differences(int compared, Map<String, String> differing, boolean figuresIdentical) {
    }

    private static Differences compare(JdbcTemplate reference, JdbcTemplate crashed) {
        var tables = reference.queryForList("select table_name from information_schema.tables where table_schema = 'public' "
                + "and table_type = 'BASE TABLE' order by 1", String.class);
        var differing = new LinkedHashMap<String, String>();
        int compared = 0;
        for (var table : tables) {
            if (NOT_COMPARED.contains(table)) {
                continue;
            }
            compared++;
            long one = reference.queryForObject("select count(*) from " + table, Long.class);
            long other = crashed.queryForObject("select count(*) from " + table, Long.class);
            if (one != other) {
                differing.put(table, one + " ≠ " + other);
            }
        }
        var figures = "select territory, metric, dimension, month, n, amount from observatory_figure order by 1, 2, 3, 4";
        var identical = reference.queryForList(figures).equals(crashed.queryForList(figures));
        return new Differences(compared, differing, identical);
    }
}
