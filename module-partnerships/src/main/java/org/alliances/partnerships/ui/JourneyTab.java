package org.alliances.partnerships.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.alliances.partnerships.ModelAdvice;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.PartnershipService;

/**
 * The journey: the models the partnership went through on the typology line (drawn, and as dated text), and the
 * neighbours on the line as advice, with whether both partners' maturity puts each within reach; one click evolves.
 */
final class JourneyTab extends Div {

    private final PartnershipService service;
    private final PartnershipDialogs dialogs;

    JourneyTab(PartnershipService service, PartnershipDialogs dialogs) {
        this.service = service;
        this.dialogs = dialogs;
    }

    void show(Partnership partnership) {
        removeAll();
        var periods = service.journey(partnership.id());
        add(new H3(getTranslation("partnerships.journey.title")));
        add(JourneyDiagram.of(periods, partnership.model(), this));
        var timeline = new UnorderedList();
        for (var period : periods) {
            timeline.add(new ListItem(period.to() == null
                    ? getTranslation("partnerships.journey.since", getTranslation(period.model().labelKey()), Dates.format(period.from(), getLocale()))
                    : getTranslation("partnerships.journey.period", getTranslation(period.model().labelKey()),
                    Dates.format(period.from(), getLocale()), Dates.format(period.to(), getLocale()))));
        }
        add(timeline);
        add(new H3(getTranslation("partnerships.advice.title")));
        add(new Paragraph(getTranslation("partnerships.advice.intro")));
        for (var advice : service.advice(partnership.id())) {
            add(adviceCard(advice, partnership.canEvolve()));
        }
    }

    private Div adviceCard(ModelAdvice advice, boolean canEvolve) {
        var card = new Div();
        card.addClassName("advice-card");
        if (!advice.withinReach()) {
            card.addClassName("out-of-reach");
        }
        card.add(new H3(getTranslation(advice.model().labelKey()) + (advice.withinReach() ? "" : " — " + getTranslation("partnerships.advice.not-yet"))));
        card.add(new Paragraph(getTranslation(advice.model().definitionKey())));
        var reasons = new UnorderedList();
        advice.reasons().forEach(reason -> reasons.add(new ListItem(getTranslation(reason.messageKey(),
                reason.labelKeys().stream().map(key -> (Object) getTranslation(key)).toArray()))));
        card.add(reasons);
        if (advice.withinReach() && canEvolve) {
            card.add(new Button(getTranslation("partnerships.advice.evolve", getTranslation(advice.model().labelKey())),
                    click -> dialogs.openEvolve(advice.model())));
        }
        return card;
    }
}
