package org.alliances.partnerships.ui;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.ui.Svg;
import org.alliances.partnerships.ModelPeriod;

/**
 * The journey drawn on the typology line: the nine models in their order, those the partnership went through numbered
 * in the order it went, the current one filled. Rendered on the server as SVG, with a text alternative.
 */
final class JourneyDiagram {

    private static final int STEP = 96;
    private static final int RADIUS = 14;

    private JourneyDiagram() {
    }

    static Component of(List<ModelPeriod> journey, CooperationModel current, Component translator) {
        var models = CooperationModel.values();
        int width = STEP * models.length;
        var svg = new StringBuilder();
        var alternative = new StringBuilder(translator.getTranslation("partnerships.journey.alt"));
        for (int i = 0; i < journey.size(); i++) {
            alternative.append(i == 0 ? " " : ", ").append(i + 1).append(". ")
                    .append(translator.getTranslation(journey.get(i).model().labelKey()));
        }
        svg.append("<svg xmlns='http://www.w3.org/2000/svg' role='img' class='journey-diagram' viewBox='0 0 ")
                .append(width).append(" 110' width='100%' aria-label='").append(Svg.escape(alternative.toString())).append("'>");
        svg.append("<line x1='").append(STEP / 2).append("' y1='30' x2='").append(width - STEP / 2)
                .append("' y2='30' stroke='#9aa5b1' stroke-width='2'/>");
        for (var model : models) {
            int x = STEP / 2 + model.ordinal() * STEP;
            var visits = new StringBuilder();
            for (int i = 0; i < journey.size(); i++) {
                if (journey.get(i).model() == model) {
                    visits.append(visits.isEmpty() ? "" : ",").append(i + 1);
                }
            }
            boolean visited = !visits.isEmpty();
            String fill = model == current ? "#1f6f5c" : visited ? "#cfe8e1" : "#ffffff";
            svg.append("<circle cx='").append(x).append("' cy='30' r='").append(RADIUS).append("' fill='").append(fill)
                    .append("' stroke='").append(visited || model == current ? "#1f6f5c" : "#9aa5b1").append("' stroke-width='2'/>");
            if (visited) {
                svg.append("<text x='").append(x).append("' y='35' text-anchor='middle' font-size='13' font-weight='bold' fill='")
                        .append(model == current ? "#ffffff" : "#1f2933").append("'>").append(visits).append("</text>");
            }
            var words = translator.getTranslation(model.labelKey()).split(" ");
            int line = 0;
            var text = new StringBuilder();
            for (var word : words) {
                if (text.length() + word.length() > 12 && !text.isEmpty()) {
                    appendLabel(svg, x, line++, text.toString(), model == current);
                    text.setLength(0);
                }
                text.append(text.isEmpty() ? "" : " ").append(word);
            }
            appendLabel(svg, x, line, text.toString(), model == current);
        }
        svg.append("</svg>");
        return new Html("<div class='journey'>" + svg + "</div>");
    }

    private static void appendLabel(StringBuilder svg, int x, int line, String text, boolean current) {
        svg.append("<text x='").append(x).append("' y='").append(64 + line * 14)
                .append("' text-anchor='middle' font-size='11' fill='#1f2933'").append(current ? " font-weight='bold'" : "")
                .append(">").append(Svg.escape(text)).append("</text>");
    }
}
