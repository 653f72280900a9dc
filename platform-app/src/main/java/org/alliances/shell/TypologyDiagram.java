package org.alliances.shell;

import java.util.Map;
import java.util.function.Function;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.ImpactBalance;
import static org.alliances.kernel.ui.Svg.escape;

/**
 * Draws the typology as accessible SVG, from the kernel's model only: the nine cooperation models on their line
 * (crossroads models in the colours of both their categories, entry doors at both ends), and the double impact of
 * a category as two bars. Each drawing carries a title and a description for screen readers.
 */
final class TypologyDiagram {

    static final Map<Category, String> COLOURS = Map.of(
            Category.PATRONAGE, "#2e7d32",
            Category.SOCIETAL_INNOVATION, "#6a1b9a",
            Category.ECONOMIC_COOPERATION, "#1565c0",
            Category.RESPONSIBLE_PRACTICES, "#e65100");

    private static final int STEP = 110;
    private static final int MARGIN = 60;
    private static final int RADIUS = 22;

    private TypologyDiagram() {
    }

    /** The line of the nine models; {@code text} translates a message key. */
    static String line(Function<String, String> text) {
        var models = CooperationModel.values();
        int width = MARGIN * 2 + STEP * (models.length - 1);
        int y = 70;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"typology-line\" viewBox=\"0 0 ")
                .append(width).append(" 190\" width=\"100%\" aria-labelledby=\"line-title line-desc\">")
                .append("<title id=\"line-title\">").append(escape(text.apply("typology.line.title"))).append("</title>")
                .append("<desc id=\"line-desc\">").append(escape(text.apply("typology.line.desc"))).append("</desc>")
                .append("<line x1=\"").append(MARGIN).append("\" y1=\"").append(y).append("\" x2=\"")
                .append(width - MARGIN).append("\" y2=\"").append(y).append("\" stroke=\"#9e9e9e\" stroke-width=\"4\"/>");
        for (var model : models) {
            int x = MARGIN + STEP * model.ordinal();
            var label = text.apply(model.labelKey());
            svg.append("<g class=\"model\" data-model=\"").append(model.name()).append("\"")
                    .append(model.isCrossroads() ? " data-crossroads=\"true\"" : "")
                    .append(model.isEntryDoor() ? " data-entry-door=\"true\"" : "").append(">")
                    .append("<title>").append(model.position()).append(". ").append(escape(label)).append("</title>");
            var categories = model.categories().stream().sorted().toList();
            if (categories.size() == 1) {
                svg.append(circle(x, y, COLOURS.get(categories.getFirst())));
            } else {
                // a crossroads model: one half in each of its categories' colours
                var left = model.neighbours().getFirst().categories().stream().filter(categories::contains).findFirst()
                        .orElse(categories.getFirst());
                var right = categories.stream().filter(c -> c != left).findFirst().orElseThrow();
                svg.append(halfCircle(x, y, COLOURS.get(left), true)).append(halfCircle(x, y, COLOURS.get(right), false));
            }
            if (model.isEntryDoor()) {
                svg.append("<circle cx=\"").append(x).append("\" cy=\"").append(y).append("\" r=\"").append(RADIUS + 6)
                        .append("\" fill=\"none\" stroke=\"#1f6f5c\" stroke-width=\"3\" stroke-dasharray=\"6 4\"/>");
                svg.append("<text x=\"").append(x).append("\" y=\"").append(y - RADIUS - 14)
                        .append("\" text-anchor=\"middle\" font-size=\"12\" fill=\"#1f6f5c\">")
                        .append(escape(text.apply("typology.entry-door"))).append("</text>");
            }
            svg.append("<text x=\"").append(x).append("\" y=\"").append(y + 5)
                    .append("\" text-anchor=\"middle\" font-size=\"16\" font-weight=\"bold\" fill=\"white\">")
                    .append(model.position()).append("</text>");
            appendWrapped(svg, label, x, y + RADIUS + 22);
            svg.append("</g>");
        }
        return svg.append("</svg>").toString();
    }

    /** The double impact of a category: two bars, the company's and the general interest's. */
    static String impact(Category category, Function<String, String> text) {
        ImpactBalance balance = category.impactBalance();
        var description = text.apply("impact.company") + " : " + balance.companyWeight() + "/3, "
                + text.apply("impact.generalInterest") + " : " + balance.generalInterestWeight() + "/3";
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" viewBox=\"0 0 240 56\" width=\"240\" height=\"56\""
                + " aria-label=\"" + escape(description) + "\"><title>" + escape(description) + "</title>"
                + bar(0, text.apply("impact.company"), balance.companyWeight(), "#1565c0")
                + bar(30, text.apply("impact.generalInterest"), balance.generalInterestWeight(), "#2e7d32")
                + "</svg>";
    }

    private static String bar(int y, String label, int weight, String colour) {
        return "<text x=\"0\" y=\"" + (y + 12) + "\" font-size=\"11\">" + escape(label) + "</text>"
                + "<rect x=\"0\" y=\"" + (y + 16) + "\" width=\"" + (weight * 70) + "\" height=\"8\" rx=\"4\" fill=\"" + colour + "\"/>";
    }

    private static String circle(int x, int y, String colour) {
        return "<circle cx=\"" + x + "\" cy=\"" + y + "\" r=\"" + RADIUS + "\" fill=\"" + colour + "\"/>";
    }

    private static String halfCircle(int x, int y, String colour, boolean left) {
        int sweep = left ? 0 : 1;
        return "<path d=\"M " + x + " " + (y - RADIUS) + " A " + RADIUS + " " + RADIUS + " 0 0 " + sweep + " " + x + " "
                + (y + RADIUS) + " Z\" fill=\"" + colour + "\"/>";
    }

    private static void appendWrapped(StringBuilder svg, String label, int x, int y) {
        var words = label.split(" ");
        var lines = new java.util.ArrayList<String>();
        var current = new StringBuilder();
        for (var word : words) {
            if (!current.isEmpty() && current.length() + word.length() > 13) {
                lines.add(current.toString());
                current.setLength(0);
            }
            if (!current.isEmpty()) {
                current.append(' ');
            }
            current.append(word);
        }
        lines.add(current.toString());
        svg.append("<text x=\"").append(x).append("\" y=\"").append(y).append("\" text-anchor=\"middle\" font-size=\"13\">");
        for (int i = 0; i < lines.size(); i++) {
            svg.append("<tspan x=\"").append(x).append("\" dy=\"").append(i == 0 ? 0 : 16).append("\">")
                    .append(escape(lines.get(i))).append("</tspan>");
        }
        svg.append("</text>");
    }

}
