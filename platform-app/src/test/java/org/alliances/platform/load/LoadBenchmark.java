package org.alliances.platform.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.alliances.AlliancesApplication;
import org.alliances.FreshDatabase;
import org.alliances.TestSupport;
import org.alliances.platform.InstanceProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * How many members at once one instance, then two, serve through the real Vaadin UI with 95 % of the requests answered
 * within 300 ms and fewer than 0.1 % errors. Virtual members ({@link Journeys}) speak Vaadin's protocol ({@link UiClient})
 * to instances that are JVMs of their own on one database and one Kafka broker, each member kept on one instance (as the
 * load balancer's sticky cookie does). Levels of load are held one after the other; each gives the latencies (overall and
 * per screen, the slowest first), the throughput and the CPU each part of the machine used.
 */
@SpringBootTest
@Import(TestSupport.class)
class LoadBenchmark {

    private static final double P95_GOAL_MILLIS = 300;
    private static final double ERROR_GOAL = 0.001;

    @Autowired DataSource testDataSource;
    private final List<Boolean> completeAtFirstLevel = new ArrayList<>();
    @TempDir Path logs;

    private record Instance(InstanceProcess process, String base) {
    }

    private record Level(int users, Recorder.Figures figures, double requestsPerSecond, int visits, int failedJourneys,
                         String journeyFailures, Cpu cpu, String screens) {

        double errorRate() {
            return figures.count() == 0 ? 1 : (double) (figures.errors() + failedJourneys) / figures.count();
        }

        boolean held() {
            return figures.p95() <= P95_GOAL_MILLIS && errorRate() < ERROR_GOAL;
        }
    }

    @Test
    void membersServedByOneAndByTwoInstances() throws Exception {
        var levels = Arrays.stream(System.getProperty("bench.load.levels", "25,50,100,200,300").split(",")).map(String::trim)
                .mapToInt(Integer::parseInt).toArray();
        var hold = Duration.parse(System.getProperty("bench.load.hold", "PT60S"));
        var kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
        var report = new StringBuilder(String.format("""
                Load through the Vaadin UI: virtual members (half associations, a third companies, the rest local authorities)
                sign in, open their screens, search the library, record a contribution, sign out, and start again; %s
                think time %d–%d ms between screens; each level held %d s after its ramp; instances: %s, -Xmx1g each, one PostgreSQL,
                one Kafka broker, the load generator on the same 2 cores
                """, "p95 goal 300 ms, errors < 0.1 %;", thinkMin(), thinkMax(), hold.toSeconds(),
                jar() == null ? "development mode (the test class path)" : "the production build " + jar().getFileName()));
        var instances = new ArrayList<Instance>();
        completeAtFirstLevel.clear();
        try {
            var database = FreshDatabase.create(testDataSource, "load");
            if (jar() != null) {
                var loader = start(database, "demo-loader", kafka, true, false);
                loader.process().awaitLog("Demo data", Duration.ofMinutes(5));
                loader.process().stop();
            }
            instances.add(start(database, "a", kafka, jar() == null, jar() != null));
            instances.getFirst().process().awaitLog(jar() == null ? "Demo data" : "Started AlliancesApplication", Duration.ofMinutes(5));
            report.append(run("one instance", instances, levels, hold));
            if (Integer.getInteger("bench.load.instances", 2) > 1) {
                instances.add(start(database, "b", kafka, jar() == null, jar() != null));
                instances.getLast().process().awaitLog("Started AlliancesApplication", Duration.ofMinutes(5));
                report.append(run("two instances", instances, levels, hold));
            }
        } finally {
            Files.createDirectories(Path.of("target/benchmarks"));
            for (var instance : instances) {
                instance.process().stop();
                Files.copy(instance.process().log(), Path.of("target/benchmarks/load-" + instance.process().log().getFileName()),
                        java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            }
            kafka.destroy();
        }
        System.out.println(report);
        Files.createDirectories(Path.of("target/benchmarks"));
        Files.writeString(Path.of("target/benchmarks/load.txt"), report);
        assertThat(completeAtFirstLevel).as("every journey of the lightest load goes to its end (the screens show what members use)")
                .containsOnly(true);
    }

    private String run(String what, List<Instance> instances, int[] levels, Duration hold) throws Exception {
        var text = new StringBuilder("\n" + what + ":\n");
        var results = new ArrayList<Level>();
        warmUp(instances);
        for (int users : levels) {
            var level = level(instances, users, hold);
            if (results.isEmpty()) {
                completeAtFirstLevel.add(level.figures().count() > 0 && level.failedJourneys() == 0);
            }
            results.add(level);
            text.append(String.format("  %4d members: p50 %5.0f ms, p95 %5.0f ms, p99 %5.0f ms, max %5.0f ms; %6.1f requests/s, %d visits; "
                            + "errors %.2f %% (%d requests failed, %d journeys interrupted%s); %s %s%n",
                    users, level.figures().p50(), level.figures().p95(), level.figures().p99(), level.figures().max(), level.requestsPerSecond(),
                    level.visits(), level.errorRate() * 100, level.figures().errors(), level.failedJourneys(), level.journeyFailures(),
                    level.cpu(), level.held() ? "— held" : "— NOT held"));
            text.append("        slowest screens (p95): ").append(level.screens()).append('\n');
            if (level.figures().p95() > 4 * P95_GOAL_MILLIS || level.errorRate() > 0.05) {
                break;
            }
        }
        var held = results.stream().filter(Level::held).mapToInt(Level::users).max().orElse(0);
        text.append(String.format("  => %s held %d members at once within the goals (the highest level tried that met both)%n", what, held));
        return text.toString();
    }

    /** One visit of each role first, so that the levels measure a warm instance (classes loaded, code compiled). */
    private void warmUp(List<Instance> instances) {
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        var journeys = new Journeys(http, new Recorder(), 0, 0);
        for (int round = 0; round < 3; round++) {
            for (var instance : instances) {
                for (int user : new int[] {0, 10, 17}) {
                    journeys.visit(user + round * 20, instance.base(), true);
                }
            }
        }
    }

    private Level level(List<Instance> instances, int users, Duration hold) throws Exception {
        var recorder = new Recorder();
        var http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Executors.newVirtualThreadPerTaskExecutor()).build();
        var journeys = new Journeys(http, recorder, thinkMin(), thinkMax());
        var running = new AtomicBoolean(true);
        var visits = new AtomicInteger();
        var failures = new ConcurrentHashMap<String, AtomicInteger>();
        var measuring = new AtomicBoolean(false);
        var ramp = Duration.ofMillis(Math.min(30_000, users * 150L));
        try (var members = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int user = 0; user < users; user++) {
                int member = user;
                long delay = ramp.toMillis() * user / users;
                members.submit(() -> {
                    Thread.sleep(delay);
                    var instance = instances.get(member % instances.size());
                    while (running.get()) {
                        try {
                            journeys.visit(member, instance.base(), true);
                            if (measuring.get()) {
                                visits.incrementAndGet();
                            }
                        } catch (UiClient.JourneyFailed failed) {
                            if (running.get() && measuring.get() && !failed.byRequest) {
                                failures.computeIfAbsent(failed.getMessage(), any -> new AtomicInteger()).incrementAndGet();
                            }
                        }
                    }
                    return null;
                });
            }
            Thread.sleep(ramp.plusSeconds(5).toMillis());
            recorder.restart();
            measuring.set(true);
            var before = Cpu.read(instances.stream().map(instance -> instance.process().process()).toList());
            Thread.sleep(hold.toMillis());
            var samples = recorder.stop();
            measuring.set(false);
            var cpu = Cpu.read(instances.stream().map(instance -> instance.process().process()).toList()).since(before);
            running.set(false);
            members.shutdownNow();
            members.awaitTermination(60, TimeUnit.SECONDS);
            int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
            var screens = new StringBuilder();
            Recorder.byScreen(samples).entrySet().stream().limit(4).forEach(entry -> screens.append(String.format("%s %.0f ms, ",
                    entry.getKey(), entry.getValue().p95())));
            return new Level(users, Recorder.figures(samples), samples.size() / (double) hold.toSeconds(), visits.get(), failed,
                    failures.isEmpty() && recorder.failures().isEmpty() ? "" : ": " + failures + " " + recorder.failures(), cpu, screens.toString().replaceAll(", $", ""));
        }
    }

    private Instance start(String url, String name, EmbeddedKafkaKraftBroker kafka, boolean demo, boolean production) throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var log = logs.resolve(name + ".log");
        var command = new ArrayList<>(List.of(java, "-Xmx1g"));
        if (production) {
            command.addAll(List.of("-jar", jar().toString()));
        } else {
            command.addAll(List.of("-cp", System.getProperty("java.class.path"), AlliancesApplication.class.getName()));
        }
        command.addAll(List.of("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=" + port,
                "--alliances.cluster.enabled=true", "--alliances.cluster.instance-name=" + name,
                "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(), "--logging.level.root=WARN",
                "--logging.level.org.alliances=INFO", "--logging.level.org.springframework.boot.StartupInfoLogger=INFO",
                "--logging.level.org.alliances.AlliancesApplication=INFO"));
        if (demo) {
            command.add("--spring.profiles.active=demo");
        }
        return new Instance(InstanceProcess.start(command, log), "http://localhost:" + port + "/");
    }

    private static Path jar() {
        var jar = System.getProperty("bench.jar", "");
        return jar.isBlank() ? null : Path.of(jar).toAbsolutePath();
    }

    private static int thinkMin() {
        return Integer.getInteger("bench.load.think-min", 2000);
    }

    private static int thinkMax() {
        return Integer.getInteger("bench.load.think-max", 6000);
    }
}
