package org.alliances.platform.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The processor time used by each part of the machine during a measure, read from Linux's {@code /proc}: the
 * instances, PostgreSQL (every postgres process of the machine: the tests' embedded server), the test JVM itself (the load generator and the Kafka broker),
 * and the whole machine. Shown as cores busy on average.
 */
record Cpu(long instances, long postgres, long generator, long machineBusy, long machineTotal, long nanos) {

    private static final double TICKS_PER_SECOND = 100.0;

    static Cpu read(List<Process> instances) {
        long instanceTicks = instances.stream().mapToLong(process -> ticks(process.pid())).sum();
        long postgresTicks = ProcessHandle.allProcesses()
                .filter(process -> process.info().command().orElse("").contains("postgres"))
                .mapToLong(process -> ticks(process.pid())).sum();
        try {
            var fields = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
            long total = 0;
            for (int i = 1; i < fields.length; i++) {
                total += Long.parseLong(fields[i]);
            }
            long idle = Long.parseLong(fields[4]) + Long.parseLong(fields[5]);
            return new Cpu(instanceTicks, postgresTicks, ticks(ProcessHandle.current().pid()), total - idle, total, System.nanoTime());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Cpu since(Cpu before) {
        return new Cpu(instances - before.instances, postgres - before.postgres, generator - before.generator,
                machineBusy - before.machineBusy, machineTotal - before.machineTotal, nanos - before.nanos);
    }

    @Override
    public String toString() {
        double seconds = nanos / 1e9;
        return String.format("CPU (cores busy): instances %.2f, PostgreSQL %.2f, generator and Kafka %.2f; machine %.0f %% busy",
                instances / TICKS_PER_SECOND / seconds, postgres / TICKS_PER_SECOND / seconds, generator / TICKS_PER_SECOND / seconds,
                machineTotal == 0 ? 0 : 100.0 * machineBusy / machineTotal);
    }

    /** The user and system time of a process, in clock ticks; zero once it is gone. */
    private static long ticks(long pid) {
        try {
            var stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
            var fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
        } catch (IOException | RuntimeException gone) {
            return 0;
        }
    }
}
