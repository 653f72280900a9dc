package org.alliances.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

import org.alliances.AlliancesApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The run command killed (kill -9) in the middle of the demo's first load: the next start stops the PostgreSQL the
 * killed run left on the data folder, sees the demo begun but not finished, empties the database and ends with the
 * whole demo. Each run is a JVM of its own, started as the run command starts the platform (demo profile, a data folder).
 */
class DemoLoadCrashTests {

    private static final Duration START = Duration.ofMinutes(4);

    @TempDir Path folder;

    @Test
    void aDemoLoadKilledMidwayIsLoadedWholeAtTheNextStart() throws Exception {
        var data = folder.resolve("postgres");
        var firstLog = folder.resolve("first.log");
        var first = run(data, firstLog);
        try {
            await(() -> contains(firstLog, "Embedded PostgreSQL started") && organizations(data) >= 3, "the demo's load begun", first);
        } finally {
            first.destroyForcibly().waitFor();
        }
        assertThat(organizations(data)).as("killed midway: the demo was begun").isGreaterThanOrEqualTo(3).isLessThan(50);
        assertThat(count(data, "select count(*) from demo_load where completed_at is not null")).as("and not finished").isZero();

        var secondLog = folder.resolve("second.log");
        var second = run(data, secondLog);
        try {
            await(() -> contains(secondLog, "Demo data loaded:"), "the demo loaded again", second);
            var log = Files.readString(secondLog, StandardCharsets.UTF_8);
            assertThat(log).contains("left running on", "by a previous run").contains("The demo's load was interrupted at the previous start");
            assertThat(count(data, "select count(*) from demo_load where completed_at is not null")).isEqualTo(1);
            assertThat(count(data, "select count(*) from kernel_organization where type = 'ASSOCIATION'")).isEqualTo(31);
            assertThat(count(data, "select count(*) from kernel_organization where type = 'COMPANY'")).isEqualTo(21);
            assertThat(count(data, "select count(*) from matching_need where status = 'PUBLISHED'")).isEqualTo(32);
            assertThat(count(data, "select count(*) from accounts_user where email = 'association@demo.alliances.fr'")).isEqualTo(1);
            assertThat(count(data, "select count(*) from conversations_message")).isGreaterThanOrEqualTo(4);
        } finally {
            second.destroy();
            if (!second.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                second.destroyForcibly().waitFor();
            }
            stopServer(data);
        }
    }

    private Process run(Path data, Path log) throws IOException {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), AlliancesApplication.class.getName(),
                "--spring.profiles.active=demo", "--alliances.embedded-database.directory=" + data, "--server.port=0",
                "--alliances.scheduling.enabled=false").redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private interface Condition {
        boolean met() throws Exception;
    }

    private static void await(Condition condition, String what, Process run) throws Exception {
        var deadline = Instant.now().plus(START);
        while (Instant.now().isBefore(deadline)) {
            if (!run.isAlive()) {
                throw new AssertionError("The run stopped before " + what + " (exit " + run.exitValue() + ")");
            }
            try {
                if (condition.met()) {
                    return;
                }
            } catch (SQLException notYet) {
                // the database is starting, or its tables are being created
            }
            Thread.sleep(50);
        }
        throw new AssertionError("Not within " + START + ": " + what);
    }

    private static boolean contains(Path log, String text) throws IOException {
        return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text);
    }

    private static long organizations(Path data) throws SQLException, IOException {
        return count(data, "select count(*) from kernel_organization");
    }

    private static long count(Path data, String query) throws SQLException, IOException {
        try (Connection connection = connect(data); var result = connection.createStatement().executeQuery(query)) {
            result.next();
            return result.getLong(1);
        }
    }

    /** A connection to the PostgreSQL running on the folder (its port in {@code postmaster.pid}, its password beside the folder). */
    private static Connection connect(Path data) throws SQLException, IOException {
        var pidFile = data.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            throw new SQLException("No server on " + data + " yet");
        }
        var port = Files.readAllLines(pidFile).get(3).strip();
        var credentials = new Properties();
        credentials.setProperty("user", "postgres");
        credentials.setProperty("password", Files.readString(data.resolveSibling(data.getFileName() + ".password")).strip());
        return DriverManager.getConnection("jdbc:postgresql://localhost:" + port + "/postgres", credentials);
    }

    private static void stopServer(Path data) throws IOException {
        var pidFile = data.resolve("postmaster.pid");
        if (Files.exists(pidFile)) {
            ProcessHandle.of(Long.parseLong(Files.readAllLines(pidFile).getFirst().strip())).ifPresent(ProcessHandle::destroy);
        }
    }
}
