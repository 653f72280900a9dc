package org.alliances.partnerships.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.alliances.partnerships.StageChange;
import org.alliances.kernel.ui.PhoneCards;

/** A partnership's history: every change of stage or model, dated, signed and with its note, a page at a time. */
final class HistoryTab extends VerticalLayout {

    final Grid<StageChange> grid = new Grid<>();
    final Pager<StageChange> pager;
    private Partnership partnership;

    HistoryTab(PartnershipService service) {
        var cards = PhoneCards.of(grid);
        cards.text(line -> Dates.format(line.at(), getLocale())).setHeader(getTranslation("partnerships.history.date"))
                .setAutoWidth(true).setFlexGrow(0);
        cards.text(this::describe).setHeader(getTranslation("partnerships.history.change")).setFlexGrow(2);
        cards.component(this::signature).setHeader(getTranslation("partnerships.history.by")).setFlexGrow(1);
        cards.text(line -> line.note() == null ? "" : line.note()).setHeader(getTranslation("partnerships.history.note")).setFlexGrow(2);
        cards.cards(getTranslation("partnerships.history.card"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        pager = new Pager<>(grid, page -> service.history(partnership.id(), page));
        add(grid, pager);
    }

    void show(Partnership shown) {
        partnership = shown;
        pager.show(0);
    }

    private String describe(StageChange line) {
        if (line.from() == null) {
            return getTranslation(line.to() == Stage.PROPOSED ? "partnerships.history.declared" : "partnerships.history.matched",
                    getTranslation(line.model().labelKey()));
        }
        if (line.isEvolution()) {
            return getTranslation("partnerships.history.evolved", getTranslation(line.evolvedFrom().labelKey()),
                    getTranslation(line.model().labelKey()), getTranslation(line.to().labelKey()));
        }
        if (line.isRenewal()) {
            return getTranslation("partnerships.history.renewed");
        }
        return getTranslation("partnerships.history.moved", getTranslation(line.from().labelKey()), getTranslation(line.to().labelKey()));
    }

    /** The organisation, and below it the member who signed (e-mails are long: they wrap anywhere). */
    private Div signature(StageChange line) {
        var signature = new Div(new Span(PartnershipTexts.nameOf(partnership, line.byOrganizationId())));
        if (line.signedBy() != null) {
            var member = new Div(line.signedBy());
            member.addClassName("history-signer");
            signature.add(member);
        }
        return signature;
    }
}
