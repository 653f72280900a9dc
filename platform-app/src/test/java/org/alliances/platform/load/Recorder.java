package org.alliances.platform.load;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.Collectors;

/** Every request of a level of load: which screen it served, how long the server took to answer, whether it failed. */
final class Recorder {

    record Sample(String screen, long nanos, boolean ok) {
    }

    /** The figures of a set of samples: count, errors, percentiles in milliseconds. */
    record Figures(int count, int errors, double p50, double p95, double p99, double max) {

        double errorRate() {
            return count == 0 ? 0 : (double) errors / count;
        }
    }

    private volatile ConcurrentLinkedQueue<Sample> samples = new ConcurrentLinkedQueue<>();
    private volatile Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
    private volatile boolean recording = true;

    /** Why a request failed (an HTTP status, a connection lost, the server's error), counted while recording. */
    void failed(String why) {
        if (recording) {
            failures.merge(why, 1, Integer::sum);
        }
    }

    Map<String, Integer> failures() {
        return Map.copyOf(failures);
    }

    void record(String screen, long nanos, boolean ok) {
        if (recording) {
            samples.add(new Sample(screen, nanos, ok));
        }
    }

    /** Starts a new measure (what came before is dropped). */
    void restart() {
        samples = new ConcurrentLinkedQueue<>();
        failures = new java.util.concurrent.ConcurrentHashMap<>();
        recording = true;
    }

    List<Sample> stop() {
        recording = false;
        return new ArrayList<>(samples);
    }

    static Figures figures(List<Sample> samples) {
        var times = samples.stream().mapToLong(Sample::nanos).sorted().toArray();
        int errors = (int) samples.stream().filter(sample -> !sample.ok()).count();
        return new Figures(times.length, errors, percentile(times, 0.50), percentile(times, 0.95), percentile(times, 0.99),
                times.length == 0 ? 0 : times[times.length - 1] / 1e6);
    }

    /** The figures per screen, slowest (by p95) first. */
    static Map<String, Figures> byScreen(List<Sample> samples) {
        return samples.stream().collect(Collectors.groupingBy(Sample::screen)).entrySet().stream()
                .map(entry -> Map.entry(entry.getKey(), figures(entry.getValue())))
                .sorted(Comparator.comparingDouble((Map.Entry<String, Figures> entry) -> entry.getValue().p95()).reversed())
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    }

    private static double percentile(long[] sorted, double rank) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(rank * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}
