package org.alliances.shell;

import java.util.stream.Collectors;

import com.vaadin.flow.component.Html;
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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;

/**
 * "Les partenariats": the four categories, the nine models on their line with the crossroads models, the two entry
 * doors and the double impact, generated from the kernel's typology so that it never drifts from the code.
 */
@Route("partenariats")
@Menu(title = "menu.typology", order = 5, icon = "vaadin:connect")
@AnonymousAllowed
class TypologyView extends VerticalLayout implements HasDynamicTitle {

    TypologyView() {
        addClassName("page");
        add(new H1(getTranslation("typology.title")), new Paragraph(getTranslation("typology.intro")));

        add(new H2(getTranslation("typology.categories")));
        var categories = new Div();
        categories.addClassName("cards");
        for (var category : Category.values()) {
            categories.add(categoryCard(category));
        }
        add(categories);

        add(new H2(getTranslation("typology.line")), new Paragraph(getTranslation("typology.line.intro")));
        // the drawing scrolls sideways on a phone: the keyboard reaches it and a screen reader names it (WCAG 2.1.1)
        var diagram = new Html("<div class=\"diagram\" tabindex=\"0\" role=\"region\" aria-label=\""
                + org.springframework.web.util.HtmlUtils.htmlEscape(getTranslation("typology.line")) + "\">" + TypologyDiagram.line(this::getTranslation) + "</div>");
        add(diagram);
        var models = new OrderedList();
        models.addClassName("models");
        for (var model : CooperationModel.values()) {
            models.add(modelItem(model));
        }
        add(new H3(getTranslation("typology.line.text-alternative")), models);

        add(new H2(getTranslation("typology.journey")), new Paragraph(getTranslation("typology.journey.text")));
        add(new H2(getTranslation("typology.sources")), new Paragraph(getTranslation("typology.sources.text")));
    }

    private Div categoryCard(Category category) {
        var card = new Div();
        card.addClassNames("card", "category", "cat-" + category.name());
        card.getElement().setAttribute("data-category", category.name());
        card.getStyle().set("border-top", "6px solid " + TypologyDiagram.COLOURS.get(category));
        card.add(new H3(getTranslation(category.labelKey())));
        if (category.isEntryDoor()) {
            var badge = new Span(getTranslation("typology.entry-door"));
            badge.getElement().getThemeList().add("badge success");
            card.add(badge);
        } else {
            var badge = new Span(getTranslation("typology.co-construction"));
            badge.getElement().getThemeList().add("badge contrast");
            card.add(badge);
        }
        card.add(new Paragraph(getTranslation(category.seeksKey())),
                new Paragraph(getTranslation("typology.brings") + " " + getTranslation(category.bringsKey())),
                new Paragraph(getTranslation("typology.impact") + " " + getTranslation(category.impactKey())),
                new Html("<div>" + TypologyDiagram.impact(category, this::getTranslation) + "</div>"),
                new Paragraph(getTranslation("typology.models") + " " + category.models().stream()
                        .map(m -> getTranslation(m.labelKey())).collect(Collectors.joining(", "))));
        return card;
    }

    private ListItem modelItem(CooperationModel model) {
        var item = new ListItem();
        item.getElement().setAttribute("data-model", model.name());
        var categories = model.categories().stream().sorted().map(c -> getTranslation(c.labelKey()))
                .collect(Collectors.joining(" + "));
        item.add(new Span(getTranslation(model.labelKey())), new Span(" — " + categories + ". "),
                new Span(getTranslation(model.definitionKey())));
        var flags = new UnorderedList();
        if (model.isCrossroads()) {
            flags.add(new ListItem(getTranslation("typology.crossroads")));
        }
        if (model.isEntryDoor()) {
            flags.add(new ListItem(getTranslation("typology.entry-door")));
        }
        flags.add(new ListItem(getTranslation("typology.neighbours") + " " + model.neighbours().stream()
                .map(m -> getTranslation(m.labelKey())).collect(Collectors.joining(", "))));
        item.add(flags);
        return item;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.typology") + " · " + getTranslation("app.name");
    }
}
