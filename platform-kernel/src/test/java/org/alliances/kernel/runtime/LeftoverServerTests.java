package org.alliances.kernel.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed while its PostgreSQL kept running on the data folder: the next start stops that server first and starts
 * on the same data, which is all there; without a server left, nothing is stopped.
 */
class LeftoverServerTests {

    @TempDir Path folder;

    @Test
    void aServerLeftOnTheDataFolderIsStoppedAndTheNextStartFindsItsData() throws Exception {
        var data = folder.resolve("postgres");
        assertThat(LeftoverServer.stopIfRunning(data)).as("no folder yet").isFalse();
        var run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", System.getProperty("java.class.path"),
                KilledRun.class.getName(), data.toString()).redirectErrorStream(true).start();
        try (var output = new java.io.BufferedReader(new java.io.InputStreamReader(run.getInputStream()))) {
            String line;
            while ((line = output.readLine()) != null && !line.equals(KilledRun.READY)) {
                // the server's start-up
            }
            assertThat(line).as("the run started its server and wrote its data").isEqualTo(KilledRun.READY);
        }
        run.destroyForcibly().waitFor();
        var process = LeftoverServer.processOf(data).orElseThrow();
        assertThat(process.isAlive()).as("the run is killed, its PostgreSQL is not").isTrue();

        assertThat(LeftoverServer.stopIfRunning(data)).isTrue();
        assertThat(process.isAlive()).isFalse();
        assertThat(LeftoverServer.stopIfRunning(data)).as("stopped: nothing left").isFalse();

        try (var again = start(data);
             var connection = DriverManager.getConnection(again.getJdbcUrl("postgres", "postgres"));
             var result = connection.createStatement().executeQuery("select line from kept")) {
            result.next();
            assertThat(result.getString(1)).isEqualTo("written before the crash");
        }
        assertThat(Files.exists(data.resolve("postmaster.pid"))).as("stopped cleanly at the end").isFalse();
    }

    static EmbeddedPostgres start(Path data) throws Exception {
        Files.createDirectories(data);
        return EmbeddedPostgres.builder().setRegisterShutdownHook(false).setLocaleConfig("locale", "C.UTF-8")
                .setServerConfig("listen_addresses", "localhost").setDataDirectory(data).setCleanDataDirectory(false).start();
    }
}
