package org.alliances.diagnosis.ui;

import static org.alliances.kernel.ui.Svg.escape;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.alliances.diagnosis.Axis;
import org.alliances.diagnosis.DiagnosisSummary;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.diagnosis.internal.DiagnosisTexts.Translator;
import org.alliances.kernel.Territories;

/**
 * The diagnosis charts as accessible SVG drawn on the server: scores per axis (one organisation, or two side by
 * side) and the evolution of the overall score. Each drawing has a title, and a description that says every figure
 * in words for screen readers.
 */
final class DiagnosisCharts {

    /** The scores of one organisation on the axes, under a name used as legend. */
    record Series(String name, String colour, Map<Axis, Integer> scores) {
    }

    /** Room for an axis's name above its bars: the drawing stays narrow enough to be read on a phone. */
    private static final int LABEL_HEIGHT = 20;
    private static final int BAR_WIDTH = 300;
    private static final int BAR_HEIGHT = 16;

    private DiagnosisCharts() {
    }

    static String axes(List<Series> series, String title, Translator texts) {
        int rowHeight = LABEL_HEIGHT + series.size() * (BAR_HEIGHT + 4) + 10;
        int legend = series.size() > 1 ? series.size() * 20 + 8 : 0;
        int height = legend + Axis.values().length * rowHeight + 10;
        int width = BAR_WIDTH + 45;
        var description = new ArrayList<String>();
        for (var axis : Axis.values()) {
            for (var one : series) {
                description.add((series.size() > 1 ? one.name() + ", " : "") + texts.get(axis.labelKey()) + " : "
                        + one.scores().getOrDefault(axis, 0) + "/100");
            }
        }
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"diagnosis-chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:").append(width)
                .append("px\"><title>").append(escape(title)).append("</title><desc>")
                .append(escape(String.join(" ; ", description))).append("</desc>");
        if (series.size() > 1) {
            int legendY = 4;
            for (var one : series) {
                var name = one.name().length() > 42 ? one.name().substring(0, 41) + "…" : one.name();
                svg.append("<rect x=\"0\" y=\"").append(legendY).append("\" width=\"14\" height=\"14\" fill=\"").append(one.colour()).append("\"/>")
                        .append("<text x=\"20\" y=\"").append(legendY + 12).append("\" font-size=\"13\">").append(escape(name)).append("</text>");
                legendY += 20;
            }
        }
        int y = legend;
        for (var axis : Axis.values()) {
            svg.append("<text x=\"0\" y=\"").append(y + 14).append("\" font-size=\"14\">").append(escape(texts.get(axis.labelKey()))).append("</text>");
            int barY = y + LABEL_HEIGHT;
            for (var one : series) {
                int score = one.scores().getOrDefault(axis, 0);
                svg.append("<rect x=\"0\" y=\"").append(barY).append("\" width=\"").append(BAR_WIDTH)
                        .append("\" height=\"").append(BAR_HEIGHT).append("\" fill=\"#eceff1\"/>")
                        .append("<rect class=\"bar\" data-axis=\"").append(axis.name()).append("\" x=\"0\" y=\"").append(barY)
                        .append("\" width=\"").append(BAR_WIDTH * score / 100).append("\" height=\"").append(BAR_HEIGHT)
                        .append("\" fill=\"").append(one.colour()).append("\"/>")
                        .append("<text x=\"").append(BAR_WIDTH + 8).append("\" y=\"").append(barY + 13)
                        .append("\" font-size=\"13\">").append(score).append("</text>");
                barY += BAR_HEIGHT + 4;
            }
            y += rowHeight;
        }
        return svg.append("</svg>").toString();
    }

    /** The overall score of each diagnosis over time, over the bands of the four levels. */
    static String evolution(List<DiagnosisSummary> history, Translator texts, Locale locale) {
        int width = 600;
        int height = 240;
        int left = 40;
        int right = 20;
        int top = 10;
        int bottom = 40;
        int plotHeight = height - top - bottom;
        var dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.SHORT).withLocale(locale);
        var description = history.stream().map(summary -> dates.format(summary.completedAt().atZone(Territories.TIME_ZONE)) + " : "
                + texts.get(summary.level().labelKey()) + ", " + summary.overallScore() + "/100").toList();
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"diagnosis-evolution\" viewBox=\"0 0 ")
                .append(width).append(' ').append(height).append("\" width=\"100%\" style=\"max-width:").append(width)
                .append("px\"><title>").append(escape(texts.get("diagnosis.history.chart"))).append("</title><desc>")
                .append(escape(String.join(" ; ", description))).append("</desc>");
        var levels = MaturityLevel.values();
        String[] bands = {"#fbe9e7", "#fff8e1", "#e8f5e9", "#e0f2f1"};
        for (int i = 0; i < levels.length; i++) {
            int from = levels[i].lowestScore();
            int to = i + 1 < levels.length ? levels[i + 1].lowestScore() : 100;
            int yTop = top + plotHeight - plotHeight * to / 100;
            int bandHeight = plotHeight * (to - from) / 100;
            svg.append("<rect x=\"").append(left).append("\" y=\"").append(yTop).append("\" width=\"").append(width - left - right)
                    .append("\" height=\"").append(bandHeight).append("\" fill=\"").append(bands[i]).append("\"/>")
                    .append("<text x=\"").append(width - right - 4).append("\" y=\"").append(yTop + 14)
                    .append("\" text-anchor=\"end\" font-size=\"11\" fill=\"#546e7a\">").append(escape(texts.get(levels[i].labelKey()))).append("</text>");
        }
        for (int score = 0; score <= 100; score += 50) {
            int y = top + plotHeight - plotHeight * score / 100;
            svg.append("<text x=\"").append(left - 6).append("\" y=\"").append(y + 4).append("\" text-anchor=\"end\" font-size=\"11\">")
                    .append(score).append("</text>");
        }
        var points = new StringBuilder();
        int count = history.size();
        for (int i = 0; i < count; i++) {
            var summary = history.get(i);
            int x = count == 1 ? (left + width - right) / 2 : left + 20 + (width - left - right - 40) * i / (count - 1);
            int y = top + plotHeight - plotHeight * summary.overallScore() / 100;
            points.append(x).append(',').append(y).append(' ');
            svg.append("<circle class=\"point\" cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"5\" fill=\"#1f6f5c\"/>")
                    .append("<text x=\"").append(x).append("\" y=\"").append(height - bottom + 18).append("\" text-anchor=\"middle\" font-size=\"11\">")
                    .append(escape(dates.format(summary.completedAt().atZone(Territories.TIME_ZONE)))).append("</text>");
        }
        if (count > 1) {
            svg.append("<polyline points=\"").append(points.toString().strip()).append("\" fill=\"none\" stroke=\"#1f6f5c\" stroke-width=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }
}
