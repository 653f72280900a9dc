package org.alliances.diagnosis.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.diagnosis.Comparison;
import org.alliances.diagnosis.DiagnosisService;
import org.alliances.diagnosis.internal.DiagnosisTexts;
import org.alliances.kernel.Roles;
import org.springframework.security.access.AccessDeniedException;

/**
 * Two organisations that agreed to share their diagnosis with each other, side by side: maturity, best categories
 * and objectives of each, scores per axis, and the cooperation models that fit both.
 */
@Route("diagnostic/comparaison")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY})
class DiagnosisComparisonView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    final Paragraph refused = new Paragraph();
    final Div sides = new Div();
    final UnorderedList modelsFittingBoth = new UnorderedList();

    private final DiagnosisService diagnoses;

    DiagnosisComparisonView(DiagnosisService diagnoses) {
        this.diagnoses = diagnoses;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        add(new H1(getTranslation("diagnosis.comparison.title")));
        Comparison comparison;
        try {
            comparison = diagnoses.compareWith(UUID.fromString(parameter));
        } catch (AccessDeniedException | IllegalArgumentException notShared) {
            refused.setText(getTranslation("diagnosis.comparison.refused"));
            add(refused, new RouterLink(getTranslation("diagnosis.comparison.back"), DiagnosisHistoryView.class));
            return;
        }
        sides.removeAll();
        sides.addClassName("cards");
        sides.setWidthFull();
        sides.add(side(comparison.mine()), side(comparison.theirs()));
        add(sides);
        var mine = comparison.mine().latest();
        var theirs = comparison.theirs().latest();
        if (mine != null && theirs != null) {
            add(new Html("<div class=\"diagram\">" + DiagnosisCharts.axes(List.of(
                    new DiagnosisCharts.Series(comparison.mine().name(), "#1f6f5c", mine.assessment().axisScores()),
                    new DiagnosisCharts.Series(comparison.theirs().name(), "#e65100", theirs.assessment().axisScores())),
                    getTranslation("diagnosis.comparison.chart"), this::getTranslation) + "</div>"));
        }
        var models = new Div();
        models.addClassName("card");
        models.setWidthFull();
        models.add(new H2(getTranslation("diagnosis.comparison.models")));
        if (comparison.modelsFittingBoth().isEmpty()) {
            models.add(new Paragraph(getTranslation("diagnosis.comparison.models.none")));
        } else {
            comparison.modelsFittingBoth().forEach(model -> {
                var item = new ListItem(model.position() + ". " + getTranslation(model.labelKey()) + " : " + getTranslation(model.definitionKey()));
                item.getElement().setAttribute("data-model", model.name());
                modelsFittingBoth.add(item);
            });
            models.add(modelsFittingBoth);
        }
        add(models, new RouterLink(getTranslation("diagnosis.comparison.back"), DiagnosisHistoryView.class));
    }

    private Div side(Comparison.Side side) {
        var card = new Div();
        card.addClassName("card");
        card.add(new H2(side.name()));
        var result = side.latest();
        if (result == null) {
            card.add(new Paragraph(getTranslation("diagnosis.comparison.none", side.name())));
            return card;
        }
        var assessment = result.assessment();
        card.add(new Paragraph(getTranslation("diagnosis.comparison.level") + " : " + getTranslation(assessment.level().labelKey())
                + " (" + assessment.overallScore() + "/100)"));
        var best = new UnorderedList();
        assessment.rankedCategories().subList(0, 2).forEach(category -> best.add(new ListItem(getTranslation(category.labelKey()))));
        card.add(new H3(getTranslation("diagnosis.comparison.categories")), best);
        var questionnaire = diagnoses.questionnaire(result.questionnaireVersion()).orElseThrow();
        var objectives = new ArrayList<ListItem>();
        assessment.objectives().forEach(code -> objectives.add(new ListItem(DiagnosisTexts.objectiveLabel(questionnaire, code, getLocale()))));
        card.add(new H3(getTranslation("diagnosis.comparison.objectives")), new UnorderedList(objectives.toArray(ListItem[]::new)));
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.diagnosis.comparison") + " · " + getTranslation("app.name");
    }
}
