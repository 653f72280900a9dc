package org.alliances.matching.ui;

import java.util.function.IntFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import org.alliances.matching.Recommendation;
import org.springframework.data.domain.Page;

/**
 * A page of recommendations, each with its score and its reasons in the typology's words, and the buttons to move
 * between pages. The reasons are translated here from their message keys and parameters.
 */
class RecommendationList extends Div {

    final Div items = new Div();
    final Paragraph summary = new Paragraph();
    final Button previous = new Button();
    final Button next = new Button();
    private final boolean linkToNeed;
    private IntFunction<Page<Recommendation>> source;
    private int page;
    private org.alliances.kernel.@org.jspecify.annotations.Nullable ContentReports reports;

    RecommendationList(boolean linkToNeed) {
        this.linkToNeed = linkToNeed;
        previous.setText(getTranslation("matching.partners.previous"));
        next.setText(getTranslation("matching.partners.next"));
        previous.addClickListener(click -> show(page - 1));
        next.addClickListener(click -> show(page + 1));
        items.addClassName("recommendations");
        add(items, new HorizontalLayout(previous, summary, next));
        setWidthFull();
    }

    /** Puts "Signaler" on each company's card, to report its partner profile. */
    void reportProfilesWith(org.alliances.kernel.ContentReports moderation) {
        reports = moderation;
    }

    /** Shows the first page of what {@code source} gives for a page number. */
    void showFrom(IntFunction<Page<Recommendation>> newSource) {
        source = newSource;
        show(0);
    }

    private void show(int wanted) {
        var result = source.apply(Math.max(0, wanted));
        page = result.getNumber();
        items.removeAll();
        if (result.isEmpty()) {
            items.add(new Paragraph(getTranslation("matching.partners.empty")));
        }
        for (var recommendation : result) {
            items.add(card(recommendation));
        }
        summary.setText(getTranslation("matching.partners.page", page + 1, Math.max(1, result.getTotalPages()), result.getTotalElements()));
        previous.setEnabled(result.hasPrevious());
        next.setEnabled(result.hasNext());
    }

    private Div card(Recommendation recommendation) {
        var card = new Div();
        card.addClassName("card");
        card.addClassName("recommendation");
        var title = linkToNeed ? recommendation.needTitle() + " — " + recommendation.organizationName() : recommendation.organizationName();
        var score = new Span(getTranslation("matching.partners.score", recommendation.score()));
        score.addClassName("score");
        card.add(new H3(title), score);
        var reasons = new UnorderedList();
        for (var reason : recommendation.reasons()) {
            var parameters = java.util.stream.Stream.concat(reason.labelKeys().stream().map(this::getTranslation),
                    reason.values().stream()).toArray();
            reasons.add(new ListItem(getTranslation(reason.messageKey(), parameters)));
        }
        card.add(reasons);
        if (!linkToNeed && reports != null) {
            card.add(new org.alliances.kernel.ui.ReportButton(reports, org.alliances.kernel.ContentKind.PARTNER_PROFILE,
                    recommendation.organizationId()));
        }
        if (linkToNeed) {
            card.add(new RouterLink(getTranslation("matching.partners.see-need"), NeedView.class, recommendation.needId().toString()));
        }
        return card;
    }
}
