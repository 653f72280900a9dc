package org.alliances.partnerships.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.alliances.partnerships.Outcome;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.Stage;

/** The outcome of a closed partnership: each partner's answer, and whether both agreed to a public case study. */
final class OutcomeTab extends Div {

    void show(Partnership partnership) {
        removeAll();
        if (partnership.stage() != Stage.ENDED) {
            add(new Paragraph(getTranslation("partnerships.outcome.none")));
            return;
        }
        add(outcomeOf(partnership.associationName(), partnership.associationOutcome(), "ASSOCIATION"),
                outcomeOf(partnership.companyName(), partnership.companyOutcome(), "COMPANY"));
        boolean bothAgree = partnership.associationOutcome() != null && partnership.companyOutcome() != null
                && partnership.associationOutcome().publicCaseStudy() && partnership.companyOutcome().publicCaseStudy();
        add(new Paragraph(getTranslation(bothAgree ? "partnerships.outcome.case-study.agreed" : "partnerships.outcome.case-study.not-agreed")));
    }

    private Div outcomeOf(String name, Outcome outcome, String side) {
        var block = new Div(new H3(name));
        if (outcome == null) {
            block.add(new Paragraph(getTranslation("partnerships.outcome.waiting")));
            return block;
        }
        var list = new UnorderedList(
                new ListItem(getTranslation("partnerships.outcome.happened") + " " + getTranslation(outcome.happened() ? "partnerships.yes" : "partnerships.no")),
                new ListItem(getTranslation("partnerships.outcome.satisfaction.shown", outcome.satisfaction())),
                new ListItem(getTranslation(outcome.publicCaseStudy() ? "partnerships.outcome.case-study.yes" : "partnerships.outcome.case-study.no")));
        if (outcome.brought() != null) {
            list.add(new ListItem(getTranslation("partnerships.outcome.brought.shown." + side, outcome.brought())));
        }
        block.add(list);
        return block;
    }
}
