package org.alliances.partnerships.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.Roles;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;

/**
 * "Mes partenariats": every partnership of the organisation with its partner, model, stage and next step; what waits
 * for this partner (a proposal to confirm, an outcome to give) and partnerships left without activity stand out.
 */
@Route("mes-partenariats")
@Menu(title = "menu.partnerships.mine", order = 30, icon = "vaadin:connect-o")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY})
class MyPartnershipsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Partnership> partnerships = new Grid<>();
    /** The same page as cards, which a phone shows instead of the grid (partner, model, stage and next step readable). */
    final Div cards = new Div();
    final Div empty = new Div();
    final Button declare;
    final Pager<Partnership> pager;

    private final Clock clock;

    MyPartnershipsView(PartnershipService service, Clock clock) {
        this.clock = clock;
        addClassName("page");
        add(new H1(getTranslation("partnerships.mine.title")));
        add(new Paragraph(getTranslation("partnerships.mine.intro", PartnershipService.IDLE_AFTER.toDays())));
        declare = new Button(getTranslation("partnerships.mine.declare"),
                click -> getUI().ifPresent(ui -> ui.navigate(DeclarePartnershipView.class)));
        declare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(declare);

        empty.add(new Paragraph(getTranslation("partnerships.mine.empty")));
        empty.add(new com.vaadin.flow.component.html.Anchor("partenaires", getTranslation("partnerships.mine.empty.link")));

        partnerships.addComponentColumn(partnership -> new RouterLink(partnership.partnerName(), PartnershipView.class,
                partnership.id().toString())).setHeader(getTranslation("partnerships.mine.partner")).setFlexGrow(2);
        partnerships.addColumn(partnership -> getTranslation(partnership.model().labelKey()))
                .setHeader(getTranslation("partnerships.mine.model")).setFlexGrow(1);
        partnerships.addComponentColumn(this::stage).setHeader(getTranslation("partnerships.mine.stage")).setFlexGrow(1);
        partnerships.addComponentColumn(this::nextStep).setHeader(getTranslation("partnerships.mine.next")).setFlexGrow(1);
        partnerships.addComponentColumn(this::activity).setHeader(getTranslation("partnerships.mine.activity")).setFlexGrow(1);
        partnerships.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        partnerships.addItemClickListener(click -> getUI().ifPresent(ui ->
                ui.navigate(PartnershipView.class, click.getItem().id().toString())));
        partnerships.addClassName("partnership-grid");
        cards.addClassName("partnership-cards");
        pager = new Pager<>(partnerships, service::mine);
        pager.alsoShow(this::showCards);
        add(empty, partnerships, cards, pager);
        pager.show(0);
        empty.setVisible(pager.isEmpty());
        partnerships.setVisible(!pager.isEmpty());
        cards.setVisible(!pager.isEmpty());
    }

    private void showCards(java.util.List<Partnership> page) {
        cards.removeAll();
        for (var partnership : page) {
            var card = new Div();
            card.addClassName("card");
            var title = new com.vaadin.flow.component.html.H2(new RouterLink(partnership.partnerName(), PartnershipView.class,
                    partnership.id().toString()));
            card.add(title, labelled("partnerships.mine.model", new Span(getTranslation(partnership.model().labelKey()))),
                    labelled("partnerships.mine.stage", stage(partnership)), labelled("partnerships.mine.next", nextStep(partnership)),
                    labelled("partnerships.mine.activity", activity(partnership)));
            cards.add(card);
        }
    }

    private Paragraph labelled(String labelKey, Span value) {
        return new Paragraph(new Span(getTranslation(labelKey) + " : "), value);
    }

    private Span stage(Partnership partnership) {
        var text = getTranslation(partnership.stage().labelKey());
        if (partnership.awaitsMyConfirmation()) {
            text += " — " + getTranslation("partnerships.mine.to-confirm");
        } else if (partnership.stage() == Stage.PROPOSED) {
            text += " — " + getTranslation("partnerships.mine.awaiting-partner");
        } else if (partnership.awaitsMyOutcome()) {
            text += " — " + getTranslation("partnerships.mine.outcome-awaited");
        }
        var stage = new Span(text);
        if (partnership.awaitsMyConfirmation() || partnership.awaitsMyOutcome()) {
            stage.addClassName("partnership-attention");
        }
        return stage;
    }

    private Span nextStep(Partnership partnership) {
        if (partnership.stage().isFinal()) {
            return new Span();
        }
        var next = partnership.usualNextStage().map(stage -> getTranslation(stage.labelKey())).orElse(getTranslation("partnerships.next.decide"));
        var text = partnership.nextStepDueOn() == null ? next
                : getTranslation("partnerships.mine.next.due", next, Dates.format(partnership.nextStepDueOn(), getLocale()));
        var span = new Span(text);
        if (partnership.isNextStepOverdue(LocalDate.now(clock))) {
            span.setText(text + " — " + getTranslation("partnerships.next.overdue"));
            span.addClassName("partnership-attention");
        }
        return span;
    }

    private Span activity(Partnership partnership) {
        var span = new Span(Dates.format(partnership.lastActivityAt(), getLocale()));
        if (partnership.isIdle(clock.instant())) {
            span.setText(getTranslation("partnerships.idle", Duration.between(partnership.lastActivityAt(), clock.instant()).toDays()));
            span.addClassName("partnership-attention");
        }
        return span;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.partnerships.mine") + " · " + getTranslation("app.name");
    }
}
