package org.alliances.observatory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Reads the read model's figures: one area's rows, or a few figures of many areas (a map, the areas below). */
@Component
class FigureStore {

    private final JdbcTemplate jdbc;

    FigureStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** The area's figures at this day and month by month from {@code fromMonth} (yyyymm). */
    Figures of(Area area, int fromMonth) {
        var rows = new ArrayList<Map.Entry<Figures.Key, Figures.Value>>();
        jdbc.query("select metric, dimension, month, n, amount from observatory_figure where territory = ? and (month = 0 or month >= ?)",
                rs -> {
                    rows.add(Map.entry(new Figures.Key(Metric.valueOf(rs.getString(1)), rs.getString(2), rs.getInt(3)),
                            new Figures.Value(rs.getLong(4), rs.getBigDecimal(5))));
                }, area.key(), fromMonth);
        return Figures.of(rows);
    }

    /** The figures at this day of the given metrics, for each area (an area with none gets empty figures). */
    Map<Area, Figures> of(List<Area> areas, List<Metric> metrics) {
        var byArea = new HashMap<String, List<Map.Entry<Figures.Key, Figures.Value>>>();
        if (!areas.isEmpty()) {
            jdbc.query(connection -> {
                var statement = connection.prepareStatement("select territory, metric, dimension, n, amount from observatory_figure "
                        + "where territory = any (?) and metric = any (?) and month = 0");
                statement.setArray(1, connection.createArrayOf("varchar", areas.stream().map(Area::key).toArray()));
                statement.setArray(2, connection.createArrayOf("varchar", metrics.stream().map(Metric::name).toArray()));
                return statement;
            }, rs -> {
                byArea.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(Map.entry(
                        new Figures.Key(Metric.valueOf(rs.getString(2)), rs.getString(3), 0),
                        new Figures.Value(rs.getLong(4), rs.getBigDecimal(5))));
            });
        }
        var result = new LinkedHashMap<Area, Figures>();
        areas.forEach(area -> result.put(area, Figures.of(byArea.getOrDefault(area.key(), List.of()))));
        return result;
    }
}
