package org.alliances.platform;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.options.AriaRole;
import org.alliances.AlliancesApplication;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.api.io.TempDir;

/**
 * The live heap each signed-in member's session takes, measured as Vaadin's documentation describes: the live heap
 * (after a full collection, from the class histogram) with few and with many sessions open, its slope per session. The
 * platform runs as the run command starts it (its own JVM, the demo); each session is a Chromium context where the demo
 * association signs in and opens "Partenaires possibles", "Bibliothèque" and "Mes partenariats", its window left open.
 * The classes that grew most say what a session holds.
 */
@EnabledIf("org.alliances.BrowserJourneys#chromiumInstalled")
class SessionMemoryBenchmark {

    private static final int FEW = 5;
    /** The production build to measure ({@code -Dbench.jar=…}, made by {@code ./mvnw -Pproduction package}); development mode without it. */
    private static final String JAR = System.getProperty("bench.jar", "");
    /**
     * How long the windows stay idle before each count: the browser's HTTP connections are closed by then (keep-alive
     * 15 s; behind the load balancer they end at HAProxy anyway), the push connection of each window stays open.
     */
    private static final Duration IDLE = Duration.ofSeconds(20);
    private static final int MANY = Integer.getInteger("bench.sessions", 30);
    private static final Pattern TOTAL = Pattern.compile("Total\\s+(\\d+)\\s+(\\d+)");
    private static final Pattern ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)", Pattern.MULTILINE);

    @TempDir Path folder;

    @Test
    void liveHeapPerSession() throws Exception {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var data = "--alliances.embedded-database.directory=" + folder.resolve("postgres");
        var developmentMode = List.of(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), AlliancesApplication.class.getName());
        InstanceProcess platform;
        if (JAR.isBlank()) {
            platform = InstanceProcess.start(concat(developmentMode, "--spring.profiles.active=demo", data, "--server.port=" + port),
                    folder.resolve("platform.log"));
            platform.awaitLog("Demo data", Duration.ofMinutes(5));
        } else {
            // the production build refuses the demo's settings: the demo is loaded by a development run, then served by the build
            var loader = InstanceProcess.start(concat(developmentMode, "--spring.profiles.active=demo", data, "--server.port=0"),
                    folder.resolve("demo-loader.log"));
            loader.awaitLog("Demo data", Duration.ofMinutes(5));
            loader.stop();
            platform = InstanceProcess.start(List.of(java, "-Xmx2g", "-jar", Path.of(JAR).toAbsolutePath().toString(), data,
                    "--server.port=" + port), folder.resolve("platform.log"));
            platform.awaitLog("Started AlliancesApplication", Duration.ofMinutes(5));
        }
        var contexts = new ArrayList<BrowserContext>();
        try (var playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")))) {
            var browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"))).setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                            "--disable-sync", "--no-first-run")));
            var base = "http://localhost:" + port + "/";
            openSessions(browser, base, contexts, 1);
            var before = histogram(platform.process().pid());
            openSessions(browser, base, contexts, FEW - 1);
            var few = histogram(platform.process().pid());
            openSessions(browser, base, contexts, MANY - FEW);
            var many = histogram(platform.process().pid());
            var dump = System.getProperty("bench.heap-dump", "");
            if (!dump.isBlank()) {
                var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
                new ProcessBuilder(jcmd, String.valueOf(platform.process().pid()), "GC.heap_dump", Path.of(dump).toAbsolutePath().toString())
                        .inheritIO().start().waitFor();
            }
            long perSession = (many.total() - few.total()) / (MANY - FEW);
            var report = new StringBuilder(String.format("""
                    Live heap per signed-in session (the demo association after "Partenaires possibles", "Bibliothèque", "Mes partenariats")
                    %s; live heap from the class histogram (a full collection first)
                      1 session: %,d bytes; %d sessions: %,d bytes; %d sessions: %,d bytes
                      per session (slope from %d to %d): %,d bytes (%.0f kB); sessions in 1 GB: %,d
                    what grew most from %d to %d sessions (bytes and objects per session):
                    """, JAR.isBlank() ? "development mode, as the run command" : "production build " + Path.of(JAR).getFileName(),
                    before.total(), FEW, few.total(), MANY, many.total(), FEW, MANY, perSession, perSession / 1024.0,
                    (1L << 30) / Math.max(1, perSession), FEW, MANY));
            many.byClass().entrySet().stream()
                    .map(entry -> Map.entry(entry.getKey(), entry.getValue() - few.byClass().getOrDefault(entry.getKey(), 0L)))
                    .sorted((one, other) -> Long.compare(other.getValue(), one.getValue())).limit(25)
                    .forEach(entry -> report.append(String.format("  %,10d  %,7d  %s%n", entry.getValue() / (MANY - FEW),
                            (many.instances().get(entry.getKey()) - few.instances().getOrDefault(entry.getKey(), 0L)) / (MANY - FEW), entry.getKey())));
            System.out.println(report);
            Files.createDirectories(Path.of("target/benchmarks"));
            Files.writeString(Path.of("target/benchmarks/session-memory.txt"), report);
        } finally {
            platform.stop();
        }
    }

    private static List<String> concat(List<String> command, String... more) {
        var all = new ArrayList<>(command);
        all.addAll(List.of(more));
        return all;
    }

    private static void openSessions(Browser browser, String base, List<BrowserContext> contexts, int count) {
        for (int i = 0; i < count; i++) {
            var context = browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
            contexts.add(context);
            var page = context.newPage();
            page.navigate(base + "login");
            page.locator("input[name=username]").fill("association@demo.alliances.fr");
            page.locator("input[name=password]").fill("Alliances-demo-2026");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
            page.locator("h1").first().waitFor();
            for (var route : List.of("partenaires", "ressources", "mes-partenariats")) {
                page.navigate(base + route);
                page.locator("h1").first().waitFor();
                page.waitForLoadState();
            }
        }
    }

    private record Histogram(long total, Map<String, Long> byClass, Map<String, Long> instances) {
    }

    /** The live objects of the platform's JVM by class (jcmd runs a full collection before counting). */
    private static Histogram histogram(long pid) throws IOException, InterruptedException {
        Thread.sleep(IDLE.toMillis());
        var jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        String text = "";
        for (int i = 0; i < 2; i++) {
            var process = new ProcessBuilder(jcmd, String.valueOf(pid), "GC.class_histogram").redirectErrorStream(true).start();
            text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            process.waitFor();
        }
        var total = TOTAL.matcher(text);
        if (!total.find()) {
            throw new AssertionError("No histogram from jcmd: " + text.lines().limit(5).toList());
        }
        var byClass = new HashMap<String, Long>();
        var instances = new HashMap<String, Long>();
        var row = ROW.matcher(text);
        while (row.find()) {
            byClass.merge(row.group(3), Long.parseLong(row.group(2)), Long::sum);
            instances.merge(row.group(3), Long.parseLong(row.group(1)), Long::sum);
        }
        return new Histogram(Long.parseLong(total.group(2)), byClass, instances);
    }
}
