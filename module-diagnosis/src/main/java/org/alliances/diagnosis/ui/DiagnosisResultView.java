package org.alliances.diagnosis.ui;

import java.io.ByteArrayInputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.UUID;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.diagnosis.DiagnosisResult;
import org.alliances.diagnosis.DiagnosisService;
import org.alliances.diagnosis.Questionnaire;
import org.alliances.diagnosis.internal.DiagnosisTexts;
import org.alliances.kernel.Roles;

/**
 * The result of one of the organisation's diagnoses: its maturity and the score of each axis, the four categories
 * ranked with the reasons behind them and their double impact, the models to consider, its objectives and what to
 * do next. Another organisation's diagnosis, or an unknown id, shows the same "not found" message.
 */
@Route("diagnostic/resultat")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY})
class DiagnosisResultView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    /** Routes of the other modules' pages a result leads to; a link shows only once its page exists. */
    static final List<NextStep> NEXT_STEPS = List.of(
            new NextStep("besoins/nouveau", "diagnosis.result.next.need"),
            new NextStep("partenaires", "diagnosis.result.next.partners"),
            new NextStep("ressources", "diagnosis.result.next.library"),
            new NextStep("partenariats", "diagnosis.result.next.typology"),
            new NextStep("diagnostic/historique", "diagnosis.result.next.history"));

    record NextStep(String route, String labelKey) {
    }

    final H2 level = new H2();
    final Div categories = new Div();
    final Div models = new Div();
    final Paragraph missing = new Paragraph();
    Anchor report;

    private final DiagnosisService diagnoses;

    DiagnosisResultView(DiagnosisService diagnoses) {
        this.diagnoses = diagnoses;
        addClassName("page");
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        removeAll();
        add(new H1(getTranslation("diagnosis.result.title")));
        var result = parse(parameter).flatMap(diagnoses::result);
        if (result.isEmpty()) {
            missing.setText(getTranslation("diagnosis.result.missing"));
            add(missing);
            return;
        }
        show(result.get(), diagnoses.questionnaire(result.get().questionnaireVersion()).orElseThrow());
    }

    private void show(DiagnosisResult result, Questionnaire questionnaire) {
        var locale = getLocale();
        DiagnosisTexts.Translator texts = this::getTranslation;
        var assessment = result.assessment();
        add(new Paragraph(getTranslation("diagnosis.result.taken", DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(locale).format(result.completedAt().atZone(org.alliances.kernel.Territories.TIME_ZONE)))));

        var levelCard = card();
        level.setText(getTranslation("diagnosis.result.level.title") + " : " + getTranslation(assessment.level().labelKey()));
        levelCard.add(level, new Paragraph(getTranslation("diagnosis.result.score", assessment.overallScore())),
                new Paragraph(getTranslation(assessment.level().descriptionKey())));
        var chart = new Html("<div class=\"diagram\">" + DiagnosisCharts.axes(List.of(new DiagnosisCharts.Series(
                getTranslation(assessment.level().labelKey()), "#1f6f5c", assessment.axisScores())),
                getTranslation("diagnosis.result.axes.chart"), texts) + "</div>");
        levelCard.add(new H3(getTranslation("diagnosis.result.axes.title")), chart);
        add(levelCard);

        categories.removeAll();
        categories.addClassName("card");
        categories.add(new H2(getTranslation("diagnosis.result.categories.title")),
                new Paragraph(getTranslation("diagnosis.result.categories.intro")));
        if (assessment.entryDoorFirst()) {
            var callout = new Paragraph(getTranslation("diagnosis.result.entry-door"));
            callout.addClassName("callout");
            categories.add(callout);
        }
        var ranking = new OrderedList();
        for (var ranked : assessment.categories()) {
            var category = ranked.category();
            var item = new ListItem();
            item.addClassName("ranked-category");
            item.addClassName("cat-" + category.name());
            item.getElement().setAttribute("data-category", category.name());
            item.add(new H3(getTranslation(category.labelKey()) + " — " + getTranslation("diagnosis.result.points", ranked.score())),
                    new Paragraph(getTranslation(category.seeksKey())),
                    new Paragraph(getTranslation("diagnosis.result.impact") + " " + getTranslation(category.impactKey())));
            var why = new UnorderedList();
            ranked.reasons().forEach(reason -> why.add(new ListItem(DiagnosisTexts.reason(reason, category, questionnaire, texts, locale))));
            if (!ranked.reasons().isEmpty()) {
                item.add(new Span(getTranslation("diagnosis.result.why")), why);
            }
            ranking.add(item);
        }
        categories.add(ranking);
        add(categories);

        models.removeAll();
        models.addClassName("card");
        models.add(new H2(getTranslation("diagnosis.result.models.title")), new Paragraph(getTranslation("diagnosis.result.models.intro")));
        var modelList = new UnorderedList();
        for (var model : assessment.models()) {
            var mentions = new StringBuilder();
            if (model.isEntryDoor()) {
                mentions.append(" (").append(getTranslation("diagnosis.result.model.entry-door")).append(')');
            } else if (model.isCrossroads()) {
                mentions.append(" (").append(getTranslation("diagnosis.result.model.crossroads")).append(')');
            }
            var item = new ListItem(model.position() + ". " + getTranslation(model.labelKey()) + mentions + " : " + getTranslation(model.definitionKey()));
            item.getElement().setAttribute("data-model", model.name());
            modelList.add(item);
        }
        models.add(modelList);
        add(models);

        var objectives = card();
        var objectiveList = new UnorderedList();
        assessment.objectives().forEach(code -> objectiveList.add(new ListItem(DiagnosisTexts.objectiveLabel(questionnaire, code, locale))));
        objectives.add(new H2(getTranslation("diagnosis.result.objectives.title")), objectiveList);
        add(objectives);

        var next = card();
        var links = new UnorderedList();
        var routes = RouteConfiguration.forApplicationScope();
        NEXT_STEPS.stream().filter(step -> routes.isPathAvailable(step.route()))
                .forEach(step -> links.add(new ListItem(new Anchor(step.route(), getTranslation(step.labelKey())))));
        var id = result.id();
        report = new Anchor(DownloadHandler.fromInputStream(download -> diagnoses.report(id, locale)
                .map(pdf -> new DownloadResponse(new ByteArrayInputStream(pdf), "diagnostic-" + id + ".pdf", "application/pdf", pdf.length))
                .orElseGet(() -> DownloadResponse.error(404))), getTranslation("diagnosis.result.pdf"));
        report.getElement().setAttribute("download", true);
        next.add(new H2(getTranslation("diagnosis.result.next.title")), links, new Paragraph(report));
        add(next);
    }

    private Div card() {
        var card = new Div();
        card.addClassName("card");
        card.setWidthFull();
        return card;
    }

    private static java.util.Optional<UUID> parse(String parameter) {
        try {
            return java.util.Optional.of(UUID.fromString(parameter));
        } catch (IllegalArgumentException | NullPointerException notAnId) {
            return java.util.Optional.empty();
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.diagnosis.result") + " · " + getTranslation("app.name");
    }
}
