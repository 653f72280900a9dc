package org.alliances.resources.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.Roles;
import org.alliances.resources.LibraryService;

/** "Pour vous": resources for the organisation's latest diagnosis and its partnerships under way, each with why. */
@Route("pour-vous")
@Menu(title = "menu.resources.for-you", order = 41, icon = "vaadin:lightbulb")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY})
class ForYouView extends VerticalLayout implements HasDynamicTitle {

    final Div recommendations = new Div();

    ForYouView(LibraryService library) {
        addClassName("page");
        add(new H1(getTranslation("resources.for-you.title")), new Paragraph(getTranslation("resources.for-you.intro")));
        var found = library.forMe();
        if (found.isEmpty()) {
            recommendations.add(new Paragraph(getTranslation(library.knowsMe() ? "resources.for-you.none" : "resources.for-you.unknown")));
            recommendations.add(new Anchor("diagnostic", getTranslation("resources.for-you.diagnosis")));
        }
        for (var recommendation : found) {
            var resource = recommendation.resource();
            var card = new Div();
            card.addClassName("library-hit");
            var meta = new Span(getTranslation(resource.type().labelKey()) + " · " + getTranslation(resource.purpose().labelKey())
                    + (resource.year() == null ? "" : " · " + resource.year()));
            meta.addClassName("library-hit-meta");
            var reasons = new UnorderedList();
            recommendation.reasons().forEach(reason -> reasons.add(new ListItem(getTranslation(reason.messageKey(),
                    reason.labelKeys().stream().map(key -> (Object) getTranslation(key)).toArray()))));
            card.add(new H3(new RouterLink(resource.title(), ResourceView.class, resource.id().toString())), meta, reasons);
            recommendations.add(card);
        }
        add(recommendations);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.resources.for-you") + " · " + getTranslation("app.name");
    }
}
