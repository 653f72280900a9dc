package org.alliances.kernel.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A PostgreSQL left running on the data folder by a run that was killed (the JVM gone, its database server not):
 * stopped before the embedded one starts there again, with a message, instead of a start that fails. Its
 * {@code postmaster.pid} names its process; a file left by a server that is no longer running is PostgreSQL's own
 * business (it starts over it).
 */
final class LeftoverServer {

    private static final Logger log = LoggerFactory.getLogger(LeftoverServer.class);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    private LeftoverServer() {
    }

    /** Stops the PostgreSQL still running on the folder, if any; returns whether there was one. */
    static boolean stopIfRunning(Path dataDirectory) {
        var running = processOf(dataDirectory);
        if (running.isEmpty()) {
            return false;
        }
        var server = running.get();
        log.warn("A PostgreSQL left running on {} by a previous run (process {}) is stopped before starting again", dataDirectory, server.pid());
        fastShutdown(server);
        try {
            server.onExit().get(PATIENCE.toSeconds(), TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException slow) {
            log.warn("The PostgreSQL left running did not stop within {} s: it is killed", PATIENCE.toSeconds());
            server.destroyForcibly();
            server.onExit().join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping the PostgreSQL left running on " + dataDirectory, interrupted);
        } catch (java.util.concurrent.ExecutionException impossible) {
            throw new IllegalStateException(impossible);
        }
        return true;
    }

    /** The PostgreSQL server process that its {@code postmaster.pid} in the folder names, while it runs. */
    static Optional<ProcessHandle> processOf(Path dataDirectory) {
        var pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            var lines = Files.readAllLines(pidFile, StandardCharsets.US_ASCII);
            if (lines.isEmpty() || !lines.getFirst().strip().matches("\\d{1,10}")) {
                return Optional.empty();
            }
            return ProcessHandle.of(Long.parseLong(lines.getFirst().strip())).filter(ProcessHandle::isAlive)
                    .filter(process -> process.info().command().map(command -> command.contains("postgres")).orElse(false));
        } catch (IOException unreadable) {
            log.warn("Cannot read {}: {}", pidFile, unreadable.getMessage());
            return Optional.empty();
        }
    }

    /** PostgreSQL's fast shutdown (SIGINT: sessions ended, data flushed); the plain termination where it cannot be sent. */
    private static void fastShutdown(ProcessHandle server) {
        try {
            var kill = new ProcessBuilder("kill", "-INT", Long.toString(server.pid())).redirectErrorStream(true).start();
            if (kill.waitFor(5, TimeUnit.SECONDS) && kill.exitValue() == 0) {
                return;
            }
        } catch (IOException noKillCommand) {
            log.debug("No kill command: {}", noKillCommand.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        server.destroy();
    }
}
