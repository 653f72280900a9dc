package org.alliances.observatory;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of one area as the read model holds them (before masking): counts and sums by figure, dimension and
 * month (0 for the figure at this day).
 */
public final class Figures {

    private final Map<Key, Value> values;

    public Figures(Map<Key, Value> values) {
        this.values = Map.copyOf(values);
    }

    /** The figures of the rows read (a row a key). */
    public static Figures of(List<Map.Entry<Key, Value>> rows) {
        var values = new HashMap<Key, Value>();
        rows.forEach(row -> values.put(row.getKey(), row.getValue()));
        return new Figures(values);
    }

    public long count(Metric metric, String dimension) {
        return values.getOrDefault(new Key(metric, dimension, 0), Value.ZERO).count();
    }

    public long count(Metric metric) {
        return count(metric, "");
    }

    public BigDecimal amount(Metric metric, String dimension) {
        return values.getOrDefault(new Key(metric, dimension, 0), Value.ZERO).amount();
    }

    /** The counts at this day by dimension, in dimension order. */
    public Map<String, Long> byDimension(Metric metric) {
        var result = new TreeMap<String, Long>();
        values.forEach((key, value) -> {
            if (key.metric() == metric && key.month() == 0) {
                result.merge(key.dimension(), value.count(), Long::sum);
            }
        });
        return result;
    }

    /** The count of one month, all dimensions together. */
    public long inMonth(Metric metric, int month) {
        return values.entrySet().stream().filter(e -> e.getKey().metric() == metric && e.getKey().month() == month)
                .mapToLong(e -> e.getValue().count()).sum();
    }

    public long total(Metric metric) {
        return byDimension(metric).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The median of a count by whole numbers (the response hours), or -1 when nothing was counted. */
    public long median(Metric metric) {
        var counts = byDimension(metric).entrySet().stream()
                .map(e -> Map.entry(Long.parseLong(e.getKey()), e.getValue())).sorted(Map.Entry.comparingByKey()).toList();
        long total = counts.stream().mapToLong(Map.Entry::getValue).sum();
        if (total <= 0) {
            return -1;
        }
        long seen = 0;
        for (var entry : counts) {
            seen += entry.getValue();
            if (seen * 2 >= total) {
                return entry.getKey();
            }
        }
        return counts.getLast().getKey();
    }

    public record Key(Metric metric, String dimension, int month) {
    }

    public record Value(long count, BigDecimal amount) {
        static final Value ZERO = new Value(0, BigDecimal.ZERO);
    }

}
