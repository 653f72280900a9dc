package org.alliances.partnerships.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.SectionTabs;
import org.alliances.partnerships.Lifecycle;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;

/**
 * One partnership, for its two partners only: where it stands on its path and what may come next, and five tabs —
 * its history, what each partner brought, the double impact, the journey across the models with advice for the next
 * one, and the outcome. To anyone else the page says the partnership does not exist. The tabs and the dialogs are
 * components of their own; the page keeps the partnership shown and redraws them all when it changes.
 */
@Route("partenariat")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY})
class PartnershipView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    static final int OUTCOME_TAB = 4;

    final H1 title = new H1();
    final Paragraph summary = new Paragraph();
    final Div path = new Div();
    final Paragraph status = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();
    final SectionTabs tabs;
    final PartnershipDialogs dialogs;
    final HistoryTab historyTab;
    final ContributionsTab contributionsTab;
    final ImpactTab impactTab;
    final JourneyTab journeyTab;
    final OutcomeTab outcomeTab = new OutcomeTab();

    private final PartnershipService service;
    private final Territories territories;
    private final Clock clock;
    private Partnership partnership;

    PartnershipView(PartnershipService service, Territories territories, Clock clock) {
        this.service = service;
        this.territories = territories;
        this.clock = clock;
        addClassName("page");
        tabs = new SectionTabs(getTranslation("partnerships.tabs"));
        dialogs = new PartnershipDialogs(this, this::getLocale, service, clock, () -> partnership, this::show, () -> tabs.setSelectedIndex(OUTCOME_TAB));
        historyTab = new HistoryTab(service);
        contributionsTab = new ContributionsTab(service, clock, dialogs, this::reload);
        impactTab = new ImpactTab(service, clock, dialogs, this::reload);
        journeyTab = new JourneyTab(service, dialogs);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        Optional<Partnership> found;
        try {
            found = service.find(UUID.fromString(parameter));
        } catch (IllegalArgumentException notAnId) {
            found = Optional.empty();
        }
        removeAll();
        if (found.isEmpty()) {
            partnership = null;
            add(new H1(getTranslation("partnerships.unknown.title")), new Paragraph(getTranslation("partnerships.unknown")),
                    new RouterLink(getTranslation("partnerships.back"), MyPartnershipsView.class));
            return;
        }
        var conversation = new com.vaadin.flow.component.html.Anchor("conversation/partenariat/" + found.get().id(),
                getTranslation("partnerships.page.conversation"));
        conversation.addClassName("conversation-link");
        add(new RouterLink(getTranslation("partnerships.back"), MyPartnershipsView.class), title, summary, new Paragraph(conversation), path, status,
                actions, tabs);
        tabs.removeAll();
        tabs.add(getTranslation("partnerships.tab.history"), historyTab);
        tabs.add(getTranslation("partnerships.tab.contributions"), contributionsTab);
        tabs.add(getTranslation("partnerships.tab.impact"), impactTab);
        tabs.add(getTranslation("partnerships.tab.journey"), journeyTab);
        tabs.add(getTranslation("partnerships.tab.outcome"), outcomeTab);
        tabs.setWidthFull();
        show(found.get());
    }

    /** Reads the partnership again and redraws everything that depends on it. */
    void reload() {
        show(service.find(partnership.id()).orElse(partnership));
    }

    private void show(Partnership shown) {
        partnership = shown;
        title.setText(getTranslation("partnerships.page.title", partnership.partnerName()));
        summary.setText(getTranslation("partnerships.page.summary", getTranslation(partnership.model().labelKey()),
                partnership.model().categories().stream().sorted().map(category -> getTranslation(category.labelKey()))
                        .reduce((one, other) -> one + " / " + other).orElse(""),
                Dates.format(partnership.startedOn(), getLocale()),
                territories.commune(partnership.communeCode()).map(commune -> commune.name()).orElse(partnership.communeCode())));
        renderPath();
        renderStatus();
        renderActions();
        boolean recordable = partnership.stage().isUnderway() || partnership.stage() == Stage.ENDED && partnership.awaitsMyOutcome()
                || partnership.stage() == Stage.ENDED && partnership.partnerOutcome() == null;
        var totals = service.totals(partnership.id());
        historyTab.show(partnership);
        contributionsTab.show(partnership, totals, recordable);
        impactTab.show(partnership, totals, recordable);
        journeyTab.show(partnership);
        outcomeTab.show(partnership);
    }

    private void renderPath() {
        path.removeAll();
        path.addClassName("partnership-path");
        path.getElement().setAttribute("aria-label", getTranslation("partnerships.path.aria", getTranslation(partnership.path().labelKey())));
        var steps = new ArrayList<Stage>();
        if (partnership.stage() == Stage.PROPOSED) {
            steps.add(Stage.PROPOSED);
        }
        steps.addAll(partnership.path().milestones());
        for (var milestone : steps) {
            var step = new Span(getTranslation(milestone.labelKey()));
            step.addClassName("partnership-step");
            if (milestone == partnership.stage()) {
                step.addClassName("current");
                step.getElement().setAttribute("aria-current", "step");
            }
            path.add(step);
        }
        var end = new Span(getTranslation(partnership.stage() == Stage.DECLINED ? Stage.DECLINED.labelKey() : Stage.ENDED.labelKey()));
        end.addClassName("partnership-step");
        if (partnership.stage().isFinal()) {
            end.addClassName("current");
        }
        path.add(end);
    }

    private void renderStatus() {
        var text = new StringBuilder(getTranslation("partnerships.page.stage", getTranslation(partnership.stage().labelKey()),
                getTranslation(partnership.path().labelKey())));
        if (!partnership.stage().isFinal()) {
            var next = partnership.usualNextStage().map(stage -> getTranslation(stage.labelKey()))
                    .orElse(getTranslation("partnerships.next.decide"));
            text.append(' ').append(partnership.nextStepDueOn() == null ? getTranslation("partnerships.page.next", next)
                    : getTranslation("partnerships.page.next.due", next, Dates.format(partnership.nextStepDueOn(), getLocale())));
            if (partnership.isNextStepOverdue(LocalDate.now(clock))) {
                text.append(' ').append(getTranslation("partnerships.next.overdue"));
            }
        }
        if (partnership.isIdle(clock.instant())) {
            text.append(' ').append(getTranslation("partnerships.page.idle",
                    Duration.between(partnership.lastActivityAt(), clock.instant()).toDays()));
        }
        status.setText(text.toString());
    }

    private void renderActions() {
        actions.removeAll();
        actions.setWrap(true);
        if (partnership.awaitsMyConfirmation()) {
            actions.add(new Span(getTranslation("partnerships.page.confirm.question", partnership.partnerName())));
            var yes = new Button(getTranslation("partnerships.action.confirm"), click -> dialogs.openMove(Stage.ACTIVE));
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(yes, new Button(getTranslation("partnerships.action.decline"), click -> dialogs.openMove(Stage.DECLINED)));
            return;
        }
        if (partnership.stage() == Stage.PROPOSED) {
            actions.add(new Span(getTranslation("partnerships.page.awaiting", partnership.partnerName())));
            return;
        }
        if (partnership.awaitsMyOutcome()) {
            actions.add(new Span(getTranslation("partnerships.page.outcome.question", partnership.partnerName())));
            var answer = new Button(getTranslation("partnerships.action.outcome"), click -> dialogs.openClose());
            answer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(answer);
            return;
        }
        if (partnership.stage().isFinal()) {
            return;
        }
        boolean first = true;
        for (var target : partnership.nextStages()) {
            if (target == Stage.ENDED) {
                continue;
            }
            var move = new Button(Lifecycle.isRenewal(partnership.stage(), target) ? getTranslation("partnerships.action.renew")
                    : getTranslation("partnerships.action.move", getTranslation(target.labelKey())), click -> dialogs.openMove(target));
            if (first) {
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                first = false;
            }
            actions.add(move);
        }
        if (partnership.canEvolve()) {
            actions.add(new Button(getTranslation("partnerships.action.evolve"), click -> dialogs.openEvolve(null)));
        }
        actions.add(new Button(getTranslation("partnerships.action.plan"), click -> dialogs.openPlan()));
        if (partnership.nextStages().contains(Stage.ENDED)) {
            var close = new Button(getTranslation("partnerships.action.close"), click -> dialogs.openClose());
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(close);
        }
    }

    @Override
    public String getPageTitle() {
        return (partnership == null ? getTranslation("title.partnerships.partnership")
                : getTranslation("title.partnerships.with", partnership.partnerName())) + " · " + getTranslation("app.name");
    }
}
