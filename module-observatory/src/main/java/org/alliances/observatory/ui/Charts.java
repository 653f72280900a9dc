package org.alliances.observatory.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.ui.Svg;
import org.alliances.observatory.Masked;

/**
 * The observatory's charts as SVG drawn on the server: horizontal bars, month-by-month lines, and the flows between
 * models on the typology line. A masked value is drawn as a short hatched bar labelled "&lt;5". Each chart carries its
 * text alternative in {@code aria-label}; the table beside it holds the same figures.
 */
final class Charts {

    static final String[] SERIES_COLOURS = {"#1f6f5c", "#c2571a", "#3559a8", "#8a3ea0", "#6b7b1a"};

    private Charts() {
    }

    record Bar(String label, Object value) {
    }

    static String bars(List<Bar> bars, String alternative) {
        long max = Math.max(1, bars.stream().mapToLong(b -> b.value() instanceof Number n ? n.longValue() : 0).max().orElse(1));
        int rowHeight = 24;
        int labelWidth = 230;
        int barWidth = 300;
        int height = rowHeight * bars.size() + 8;
        var svg = open(labelWidth + barWidth + 70, height, alternative);
        svg.append("<defs><pattern id='masked' width='6' height='6' patternUnits='userSpaceOnUse' patternTransform='rotate(45)'>")
                .append("<rect width='6' height='6' fill='#eef1f4'/><line x1='0' y1='0' x2='0' y2='6' stroke='#9aa5b1' stroke-width='2'/>")
                .append("</pattern></defs>");
        for (int i = 0; i < bars.size(); i++) {
            var bar = bars.get(i);
            int y = 4 + i * rowHeight;
            svg.append("<text x='").append(labelWidth - 8).append("' y='").append(y + 16)
                    .append("' text-anchor='end' font-size='12' fill='#1f2933'>").append(Svg.escape(shorten(bar.label(), 36))).append("</text>");
            if (bar.value() instanceof Masked masked) {
                svg.append("<rect x='").append(labelWidth).append("' y='").append(y + 3).append("' width='24' height='16' fill='url(#masked)'/>");
                svg.append(value(labelWidth + 30, y + 16, masked.toString()));
            } else {
                long v = bar.value() instanceof Number n ? n.longValue() : 0;
                int w = (int) Math.round((double) v / max * barWidth);
                svg.append("<rect x='").append(labelWidth).append("' y='").append(y + 3).append("' width='").append(w)
                        .append("' height='16' fill='#1f6f5c'/>");
                svg.append(value(labelWidth + w + 6, y + 16, Long.toString(v)));
            }
        }
        return svg.append("</svg>").toString();
    }

    /** Lines month by month; masked months count as 0 on the line (the table says "&lt;5"). */
    static String months(List<String> monthLabels, Map<String, List<Object>> series, String alternative) {
        int left = 40;
        int top = 10;
        int width = 640;
        int plotHeight = 160;
        int step = (width - left - 10) / Math.max(1, monthLabels.size() - 1);
        long max = Math.max(1, series.values().stream().flatMap(List::stream)
                .mapToLong(v -> v instanceof Number n ? n.longValue() : 0).max().orElse(1));
        int legendTop = top + plotHeight + 40;
        var svg = open(width, legendTop + 18 * ((series.size() + 2) / 3) + 4, alternative);
        svg.append("<line x1='").append(left).append("' y1='").append(top + plotHeight).append("' x2='").append(width - 10)
                .append("' y2='").append(top + plotHeight).append("' stroke='#9aa5b1'/>");
        svg.append("<text x='").append(left - 6).append("' y='").append(top + 10).append("' text-anchor='end' font-size='11' fill='#52606d'>")
                .append(max).append("</text>");
        svg.append("<text x='").append(left - 6).append("' y='").append(top + plotHeight).append("' text-anchor='end' font-size='11' fill='#52606d'>0</text>");
        for (int i = 0; i < monthLabels.size(); i += 3) {
            svg.append("<text x='").append(left + i * step).append("' y='").append(top + plotHeight + 16)
                    .append("' text-anchor='middle' font-size='10' fill='#52606d'>").append(Svg.escape(monthLabels.get(i))).append("</text>");
        }
        int s = 0;
        for (var entry : series.entrySet()) {
            var colour = SERIES_COLOURS[s % SERIES_COLOURS.length];
            var points = new StringBuilder();
            for (int i = 0; i < entry.getValue().size(); i++) {
                long v = entry.getValue().get(i) instanceof Number n ? n.longValue() : 0;
                points.append(left + i * step).append(',').append(top + plotHeight - Math.round((double) v / max * plotHeight)).append(' ');
            }
            svg.append("<polyline fill='none' stroke='").append(colour).append("' stroke-width='2' points='")
                    .append(points.toString().strip()).append("'/>");
            int lx = 10 + (s % 3) * 210;
            int ly = legendTop + (s / 3) * 18;
            svg.append("<rect x='").append(lx).append("' y='").append(ly - 9).append("' width='12' height='4' fill='").append(colour).append("'/>");
            svg.append("<text x='").append(lx + 18).append("' y='").append(ly).append("' font-size='11' fill='#1f2933'>")
                    .append(Svg.escape(entry.getKey())).append("</text>");
            s++;
        }
        return svg.append("</svg>").toString();
    }

    record Flow(CooperationModel from, CooperationModel to, Object partnerships) {
    }

    /** The nine models on their line; each flow an arc from one to the other, as thick as it is frequent. */
    static String flows(List<Flow> flows, List<String> modelLabels, String alternative) {
        int step = 80;
        int width = step * CooperationModel.values().length;
        int line = 150;
        long max = Math.max(1, flows.stream().mapToLong(f -> f.partnerships() instanceof Number n ? n.longValue() : 1).max().orElse(1));
        var svg = open(width, line + 46, alternative);
        svg.append("<defs><marker id='arrow' viewBox='0 0 10 10' refX='9' refY='5' markerWidth='5' markerHeight='5' orient='auto'>")
                .append("<path d='M0,0 L10,5 L0,10 z' fill='#c2571a'/></marker></defs>");
        for (var flow : flows) {
            int x1 = step / 2 + flow.from().ordinal() * step;
            int x2 = step / 2 + flow.to().ordinal() * step;
            long n = flow.partnerships() instanceof Number number ? number.longValue() : 1;
            double thickness = 1.5 + 6.0 * n / max;
            int rise = Math.min(line - 10, 20 + Math.abs(x2 - x1) / 3);
            svg.append("<path d='M").append(x1).append(',').append(line - 14).append(" Q").append((x1 + x2) / 2).append(',')
                    .append(line - 14 - rise * 2).append(' ').append(x2).append(',').append(line - 14)
                    .append("' fill='none' stroke='#c2571a' stroke-opacity='0.7' stroke-width='").append(String.format(Locale.ROOT, "%.1f", thickness))
                    .append("' marker-end='url(#arrow)'/>");
        }
        for (var model : CooperationModel.values()) {
            int x = step / 2 + model.ordinal() * step;
            svg.append("<circle cx='").append(x).append("' cy='").append(line).append("' r='9' fill='#ffffff' stroke='#1f6f5c' stroke-width='2'/>");
            svg.append("<text x='").append(x).append("' y='").append(line + 26).append("' text-anchor='middle' font-size='10' fill='#1f2933'>")
                    .append(Svg.escape(shorten(modelLabels.get(model.ordinal()), 16))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static StringBuilder open(int width, int height, String alternative) {
        return new StringBuilder("<svg xmlns='http://www.w3.org/2000/svg' role='img' viewBox='0 0 ").append(width).append(' ').append(height)
                .append("' width='100%' style='max-width:").append(width).append("px' aria-label='").append(Svg.escape(alternative)).append("'>");
    }

    private static String value(int x, int y, String text) {
        return "<text x='" + x + "' y='" + y + "' font-size='12' fill='#1f2933'>" + Svg.escape(text) + "</text>";
    }

    static String shorten(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length - 1) + "…";
    }
}
