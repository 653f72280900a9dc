package org.alliances.resources.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import org.alliances.resources.SearchResult;

/** One search result as the library and the case-study pages show it: title, kind and year, summary with words marked. */
class HitCard extends Div {

    HitCard(SearchResult.Hit hit) {
        addClassName("library-hit");
        var title = new RouterLink(hit.title(), ResourceView.class, hit.id().toString());
        var meta = new Span(getTranslation(hit.type().labelKey()) + " · " + getTranslation(hit.purpose().labelKey())
                + (hit.year() == null ? "" : " · " + hit.year()));
        meta.addClassName("library-hit-meta");
        add(new H3(title), meta, new Html("<p>" + hit.highlighted() + "</p>"));
    }
}
