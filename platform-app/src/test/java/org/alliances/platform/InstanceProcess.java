package org.alliances.platform;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** An instance of the platform a benchmark runs as a JVM of its own, its output in a log the benchmark reads. */
public record InstanceProcess(Process process, Path log) {

    public static InstanceProcess start(List<String> command, Path log) throws IOException {
        return new InstanceProcess(new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start(), log);
    }

    /** Waits until the log says {@code text}; fails at once if the instance stopped, or after {@code limit}. */
    public void awaitLog(String text, Duration limit) throws Exception {
        var deadline = Instant.now().plus(limit);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new AssertionError("The instance stopped (exit " + process.exitValue() + "), see " + log);
            }
            if (Files.exists(log) && Files.readString(log, StandardCharsets.UTF_8).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("Not within " + limit + ": " + text + ", see " + log);
    }

    /** Stops the instance as an operator would (SIGTERM), killing it after a minute. */
    public void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
