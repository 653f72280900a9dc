package org.alliances.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.alliances.AlliancesApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The time from start to ready, as the run command starts the platform (its own JVM, the embedded PostgreSQL on a data
 * folder): the first start with the demo to load, the next start with the demo loaded, and a first start without the
 * demo. Each start's log says what took the time: the embedded PostgreSQL, the migrations, the context, the demo.
 */
class StartupBenchmark {

    private static final Pattern STARTED = Pattern.compile("Started AlliancesApplication in ([0-9.]+) seconds \\(process running for ([0-9.]+)\\)");
    private static final Pattern STAMP = Pattern.compile("^(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-Z][0-9:]*)");

    @TempDir Path folder;

    @Test
    void startUpWithAndWithoutTheDemo() throws Exception {
        var report = new StringBuilder("Start-up, from the JVM's start to ready (2 cores), as the run command starts the platform\n");
        report.append(measure("first start, demo loaded during it", folder.resolve("demo"), true, "first"));
        report.append(measure("next start, demo already loaded", folder.resolve("demo"), true, "second"));
        report.append(measure("first start without the demo", folder.resolve("empty"), false, "empty"));
        report.append(measure("next start without the demo", folder.resolve("empty"), false, "empty-again"));
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/startup.txt"), report);
    }

    private String measure(String what, Path data, boolean demo, String name) throws Exception {
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var log = folder.resolve(name + ".log");
        var command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"), AlliancesApplication.class.getName(),
                "--alliances.embedded-database.directory=" + data, "--server.port=0"));
        if (demo) {
            command.add("--spring.profiles.active=demo");
        }
        var started = Instant.now();
        var process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            var deadline = started.plus(Duration.ofMinutes(5));
            while (!contains(log, "Started AlliancesApplication") || demo && !contains(log, "Demo data")) {
                if (!process.isAlive() || Instant.now().isAfter(deadline)) {
                    throw new AssertionError("The start did not end, see " + log);
                }
                Thread.sleep(50);
            }
            var ready = Duration.between(started, Instant.now());
            var text = Files.readString(log, StandardCharsets.UTF_8);
            var matcher = STARTED.matcher(text);
            matcher.find();
            return String.format("  %-36s ready after %5.1f s (Spring: context %s s, process %s s) — %s%n", what, ready.toMillis() / 1000.0,
                    matcher.group(1), matcher.group(2), phases(text));
        } finally {
            process.destroy();
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /**
     * When each of the log's landmarks came, in seconds after Spring's first line: PostgreSQL up (it starts beside the
     * context), the migrations checked, ready, the demo loaded.
     */
    private static String phases(String log) {
        var landmarks = List.of("Embedded PostgreSQL started|HikariPool-1 - Start completed", "Successfully applied|Schema .* is up to date",
                "Started AlliancesApplication", "Demo data");
        var names = List.of("PostgreSQL up", "migrations checked", "context ready", "demo");
        var first = firstStamp(log, Pattern.compile("Starting AlliancesApplication"));
        var parts = new ArrayList<String>();
        for (int i = 0; first != null && i < landmarks.size(); i++) {
            var at = firstStamp(log, Pattern.compile(landmarks.get(i)));
            if (at != null) {
                parts.add(String.format("%s at %.1f s", names.get(i), Duration.between(first, at).toMillis() / 1000.0));
            }
        }
        return "after Spring's first line: " + String.join(", ", parts);
    }

    private static OffsetDateTime firstStamp(String log, Pattern landmark) {
        for (var line : log.split("\n")) {
            if (landmark.matcher(line).find()) {
                var stamp = STAMP.matcher(line);
                return stamp.find() ? OffsetDateTime.parse(stamp.group(1)) : null;
            }
        }
        return null;
    }

    private static boolean contains(Path log, String text) throws IOException {
        return Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text);
    }
}
