package org.alliances.partnerships.ui;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.partnerships.ContributionEntry;
import org.alliances.partnerships.ContributionForm;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.ImpactSide;
import org.alliances.partnerships.Indicator;
import org.alliances.partnerships.IndicatorEntry;
import org.alliances.partnerships.IndicatorForm;
import org.alliances.partnerships.Lifecycle;
import org.alliances.partnerships.MeasureUnit;
import org.alliances.partnerships.ModelAdvice;
import org.alliances.partnerships.Outcome;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.alliances.partnerships.StageChange;

/**
 * One partnership, for its two partners only: where it stands on its path and what may come next, its history, what
 * each partner brought, the double impact, the journey across the models with advice for the next one, and the
 * outcome. To anyone else the page says the partnership does not exist.
 */
@Route("partenariat")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY})
class PartnershipView extends VerticalLayout implements HasDynamicTitle, HasUrlParameter<String> {

    final H1 title = new H1();
    final Paragraph summary = new Paragraph();
    final Div path = new Div();
    final Paragraph status = new Paragraph();
    final HorizontalLayout actions = new HorizontalLayout();
    final TabSheet tabs = new TabSheet();
    final Grid<StageChange> history = new Grid<>();
    final Grid<ContributionEntry> contributions = new Grid<>();
    final Grid<IndicatorEntry> indicators = new Grid<>();
    final Div contributionTotals = new Div();
    final Div impactTotals = new Div();
    final Div journey = new Div();
    final Div outcomes = new Div();
    Pager<StageChange> historyPager;
    Pager<ContributionEntry> contributionPager;
    Pager<IndicatorEntry> indicatorPager;

    // contribution form
    final Select<ContributionKind> kind = new Select<>();
    final Select<UUID> givenBy = new Select<>();
    final BigDecimalField amount = new BigDecimalField();
    final TextField description = new TextField();
    final DatePicker givenOn = new DatePicker();
    final Button addContribution = new Button();
    // indicator form
    final Select<Indicator> indicator = new Select<>();
    final TextField label = new TextField();
    final Select<MeasureUnit> unit = new Select<>();
    final BigDecimalField value = new BigDecimalField();
    final DatePicker measuredOn = new DatePicker();
    final Button addIndicator = new Button();

    /** The dialog open, if any, for tests. */
    Dialog dialog;
    TextArea note;
    DatePicker nextStep;
    Select<CooperationModel> evolveTo;
    RadioButtonGroup<Boolean> happened;
    TextArea brought;
    RadioButtonGroup<Integer> satisfaction;
    Checkbox caseStudy;
    Button confirm;

    private final PartnershipService service;
    private final Territories territories;
    private final Clock clock;
    private Partnership partnership;

    PartnershipView(PartnershipService service, Territories territories, Clock clock) {
        this.service = service;
        this.territories = territories;
        this.clock = clock;
        addClassName("page");
        buildContributionForm();
        buildIndicatorForm();
        buildGrids();
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
        partnership = found.get();
        add(new RouterLink(getTranslation("partnerships.back"), MyPartnershipsView.class), title, summary, path, status, actions, tabs);
        tabs.add(getTranslation("partnerships.tab.history"), new VerticalLayout(history, historyPager));
        tabs.add(getTranslation("partnerships.tab.contributions"), contributionsTab());
        tabs.add(getTranslation("partnerships.tab.impact"), impactTab());
        tabs.add(getTranslation("partnerships.tab.journey"), journey);
        tabs.add(getTranslation("partnerships.tab.outcome"), outcomes);
        tabs.setWidthFull();
        render();
    }

    /** Reads the partnership again and redraws everything that depends on it. */
    void reload() {
        service.find(partnership.id()).ifPresent(found -> partnership = found);
        render();
    }

    private void render() {
        title.setText(getTranslation("partnerships.page.title", partnership.partnerName()));
        summary.setText(getTranslation("partnerships.page.summary", getTranslation(partnership.model().labelKey()),
                partnership.model().categories().stream().sorted().map(category -> getTranslation(category.labelKey()))
                        .reduce((one, other) -> one + " / " + other).orElse(""),
                Dates.format(partnership.startedOn(), getLocale()),
                territories.commune(partnership.communeCode()).map(commune -> commune.name()).orElse(partnership.communeCode())));
        renderPath();
        renderStatus();
        renderActions();
        historyPager.show(0);
        contributionPager.show(0);
        indicatorPager.show(0);
        renderTotals();
        renderJourney();
        renderOutcomes();
        boolean recordable = partnership.stage().isUnderway() || partnership.stage() == Stage.ENDED && partnership.awaitsMyOutcome()
                || partnership.stage() == Stage.ENDED && partnership.partnerOutcome() == null;
        addContribution.setEnabled(recordable);
        addIndicator.setEnabled(recordable);
    }

    private void renderPath() {
        path.removeAll();
        path.addClassName("partnership-path");
        path.getElement().setAttribute("aria-label", getTranslation("partnerships.path.aria", getTranslation(partnership.path().labelKey())));
        var steps = new java.util.ArrayList<Stage>();
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
            var yes = new Button(getTranslation("partnerships.action.confirm"), click -> openMove(Stage.ACTIVE));
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(yes, new Button(getTranslation("partnerships.action.decline"), click -> openMove(Stage.DECLINED)));
            return;
        }
        if (partnership.stage() == Stage.PROPOSED) {
            actions.add(new Span(getTranslation("partnerships.page.awaiting", partnership.partnerName())));
            return;
        }
        if (partnership.awaitsMyOutcome()) {
            actions.add(new Span(getTranslation("partnerships.page.outcome.question", partnership.partnerName())));
            var answer = new Button(getTranslation("partnerships.action.outcome"), click -> openClose());
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
                    : getTranslation("partnerships.action.move", getTranslation(target.labelKey())), click -> openMove(target));
            if (first) {
                move.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                first = false;
            }
            actions.add(move);
        }
        if (partnership.canEvolve()) {
            actions.add(new Button(getTranslation("partnerships.action.evolve"), click -> openEvolve(null)));
        }
        actions.add(new Button(getTranslation("partnerships.action.plan"), click -> openPlan()));
        if (partnership.nextStages().contains(Stage.ENDED)) {
            var close = new Button(getTranslation("partnerships.action.close"), click -> openClose());
            close.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(close);
        }
    }

    // ---- dialogs -----------------------------------------------------------------------------------------------

    void openMove(Stage target) {
        var heading = target == Stage.ACTIVE && partnership.stage() == Stage.PROPOSED ? getTranslation("partnerships.action.confirm")
                : target == Stage.DECLINED ? getTranslation("partnerships.action.decline")
                : Lifecycle.isRenewal(partnership.stage(), target) ? getTranslation("partnerships.action.renew")
                : getTranslation("partnerships.action.move", getTranslation(target.labelKey()));
        dialog = new Dialog(heading);
        note = noteField();
        nextStep = nextStepField();
        var errors = new FieldErrors().bind("note", note).bind("nextStep", nextStep);
        var body = new VerticalLayout();
        if (target == Stage.DECLINED) {
            body.add(new Paragraph(getTranslation("partnerships.decline.warning")));
        } else {
            Lifecycle.usualNext(partnership.path(), target).ifPresent(after ->
                    nextStep.setHelperText(getTranslation("partnerships.next.helper", getTranslation(after.labelKey()))));
        }
        body.add(note);
        if (!target.isFinal()) {
            body.add(nextStep);
        }
        confirm = new Button(heading, click -> {
            errors.clear();
            try {
                partnership = service.moveTo(partnership.id(), target, note.getValue(), nextStep.getValue());
                dialog.close();
                Notification.show(getTranslation("partnerships.moved", getTranslation(partnership.stage().labelKey())))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        openDialog(body, target == Stage.DECLINED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
    }

    void openEvolve(CooperationModel suggested) {
        dialog = new Dialog(getTranslation("partnerships.action.evolve"));
        evolveTo = new Select<>();
        evolveTo.setLabel(getTranslation("partnerships.evolve.model"));
        evolveTo.setItems(Arrays.stream(CooperationModel.values()).filter(model -> model != partnership.model()).toList());
        evolveTo.setItemLabelGenerator(model -> model == null ? "" : getTranslation(model.labelKey()));
        evolveTo.addValueChangeListener(change -> evolveTo.setHelperText(change.getValue() == null ? null
                : getTranslation("partnerships.evolve.helper", getTranslation(change.getValue().definitionKey()),
                getTranslation(org.alliances.partnerships.Path.of(change.getValue()).restartsAt().labelKey()))));
        evolveTo.setWidthFull();
        evolveTo.setValue(suggested);
        note = noteField();
        nextStep = nextStepField();
        var errors = new FieldErrors().bind("model", evolveTo).bind("note", note).bind("nextStep", nextStep);
        confirm = new Button(getTranslation("partnerships.evolve.confirm"), click -> {
            errors.clear();
            try {
                partnership = service.evolve(partnership.id(), evolveTo.getValue(), note.getValue(), nextStep.getValue());
                dialog.close();
                Notification.show(getTranslation("partnerships.evolved", getTranslation(partnership.model().labelKey())))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
            } catch (InvalidInputException problems) {
                if (problems.problems().containsKey("model") && evolveTo.getValue() == null) {
                    errors.show("model", "partnerships.evolve.model.required", this);
                } else {
                    errors.show(problems, this);
                }
            }
        });
        openDialog(new VerticalLayout(new Paragraph(getTranslation("partnerships.evolve.intro")), evolveTo, note, nextStep),
                ButtonVariant.LUMO_PRIMARY);
    }

    void openPlan() {
        dialog = new Dialog(getTranslation("partnerships.action.plan"));
        nextStep = nextStepField();
        nextStep.setValue(partnership.nextStepDueOn());
        var errors = new FieldErrors().bind("nextStep", nextStep);
        confirm = new Button(getTranslation("partnerships.plan.confirm"), click -> {
            errors.clear();
            try {
                partnership = service.planNextStep(partnership.id(), nextStep.getValue());
                dialog.close();
                render();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        openDialog(new VerticalLayout(nextStep), ButtonVariant.LUMO_PRIMARY);
    }

    void openClose() {
        boolean first = partnership.stage() != Stage.ENDED;
        dialog = new Dialog(getTranslation(first ? "partnerships.action.close" : "partnerships.action.outcome"));
        happened = new RadioButtonGroup<>(getTranslation("partnerships.outcome.happened"));
        happened.setItems(true, false);
        happened.setItemLabelGenerator(yes -> getTranslation(yes ? "partnerships.yes" : "partnerships.no"));
        brought = new TextArea(getTranslation(partnership.viewerIsAssociation() ? "partnerships.outcome.brought.ASSOCIATION"
                : "partnerships.outcome.brought.COMPANY"));
        brought.setMaxLength(2000);
        brought.setWidthFull();
        satisfaction = new RadioButtonGroup<>(getTranslation("partnerships.outcome.satisfaction"));
        satisfaction.setItems(1, 2, 3, 4, 5);
        satisfaction.setItemLabelGenerator(score -> getTranslation("partnerships.outcome.satisfaction." + score));
        caseStudy = new Checkbox(getTranslation("partnerships.outcome.case-study"));
        var errors = new FieldErrors().bind("happened", happened).bind("brought", brought).bind("satisfaction", satisfaction);
        confirm = new Button(getTranslation(first ? "partnerships.close.confirm" : "partnerships.outcome.confirm"), click -> {
            errors.clear();
            try {
                partnership = service.close(partnership.id(), new Outcome(happened.getValue(), brought.getValue(),
                        satisfaction.getValue(), caseStudy.getValue()));
                dialog.close();
                Notification.show(getTranslation(first ? "partnerships.closed.done" : "partnerships.outcome.done"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                render();
                tabs.setSelectedIndex(4);
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        var body = new VerticalLayout();
        if (first) {
            body.add(new Paragraph(getTranslation("partnerships.close.warning", partnership.partnerName())));
        }
        body.add(happened, brought, satisfaction, caseStudy);
        openDialog(body, first ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
    }

    private void openDialog(VerticalLayout body, ButtonVariant variant) {
        confirm.addThemeVariants(variant);
        body.setPadding(false);
        var buttons = new HorizontalLayout(new Button(getTranslation("partnerships.cancel"), click -> dialog.close()), confirm);
        dialog.add(body);
        dialog.getFooter().add(buttons);
        dialog.setWidth("34em");
        dialog.open();
    }

    private TextArea noteField() {
        var field = new TextArea(getTranslation("partnerships.note"));
        field.setMaxLength(1000);
        field.setWidthFull();
        return field;
    }

    private DatePicker nextStepField() {
        var field = new DatePicker(getTranslation("partnerships.next.due"));
        field.setWidth("18em");
        field.setMin(LocalDate.now(clock));
        field.setLocale(getLocale());
        field.setClearButtonVisible(true);
        return field;
    }

    // ---- history, contributions, impact ------------------------------------------------------------------------

    private void buildGrids() {
        history.addColumn(line -> Dates.format(line.at(), getLocale())).setHeader(getTranslation("partnerships.history.date"))
                .setAutoWidth(true).setFlexGrow(0);
        history.addColumn(this::describe).setHeader(getTranslation("partnerships.history.change")).setFlexGrow(2);
        history.addComponentColumn(this::signature).setHeader(getTranslation("partnerships.history.by")).setFlexGrow(1);
        history.addColumn(line -> line.note() == null ? "" : line.note()).setHeader(getTranslation("partnerships.history.note")).setFlexGrow(2);
        history.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        historyPager = new Pager<>(history, page -> service.history(partnership.id(), page));

        contributions.addColumn(entry -> Dates.format(entry.givenOn(), getLocale())).setHeader(getTranslation("partnerships.history.date"))
                .setAutoWidth(true).setFlexGrow(0);
        contributions.addColumn(entry -> nameOf(entry.givenBy())).setHeader(getTranslation("partnerships.contribution.given-by")).setFlexGrow(1);
        contributions.addColumn(entry -> getTranslation(entry.kind().labelKey())).setHeader(getTranslation("partnerships.contribution.kind")).setFlexGrow(1);
        contributions.addColumn(entry -> quantity(entry.amount(), entry.kind().unit())).setHeader(getTranslation("partnerships.contribution.amount"))
                .setAutoWidth(true).setFlexGrow(0);
        contributions.addColumn(entry -> entry.description() == null ? "" : entry.description())
                .setHeader(getTranslation("partnerships.contribution.description")).setFlexGrow(2);
        contributions.addComponentColumn(entry -> removeButton(() -> service.removeContribution(partnership.id(), entry.id())))
                .setAutoWidth(true).setFlexGrow(0);
        contributions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        contributionPager = new Pager<>(contributions, page -> service.contributions(partnership.id(), page));

        indicators.addColumn(entry -> Dates.format(entry.measuredOn(), getLocale())).setHeader(getTranslation("partnerships.history.date"))
                .setAutoWidth(true).setFlexGrow(0);
        indicators.addColumn(entry -> getTranslation(entry.indicator().side().labelKey())).setHeader(getTranslation("partnerships.indicator.side"))
                .setFlexGrow(1);
        indicators.addColumn(entry -> entry.label() != null ? entry.label() : getTranslation(entry.indicator().labelKey()))
                .setHeader(getTranslation("partnerships.indicator")).setFlexGrow(2);
        indicators.addColumn(entry -> quantity(entry.value(), entry.unit())).setHeader(getTranslation("partnerships.indicator.value"))
                .setAutoWidth(true).setFlexGrow(0);
        indicators.addComponentColumn(entry -> removeButton(() -> service.removeIndicator(partnership.id(), entry.id())))
                .setAutoWidth(true).setFlexGrow(0);
        indicators.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        indicatorPager = new Pager<>(indicators, page -> service.indicators(partnership.id(), page));
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
        var signature = new Div(new Span(nameOf(line.byOrganizationId())));
        if (line.signedBy() != null) {
            var member = new Div(line.signedBy());
            member.addClassName("history-signer");
            signature.add(member);
        }
        return signature;
    }

    private String nameOf(UUID organizationId) {
        return organizationId.equals(partnership.associationId()) ? partnership.associationName() : partnership.companyName();
    }

    private Button removeButton(Runnable remove) {
        var button = new Button(getTranslation("partnerships.remove"));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.setEnabled(addContribution.isEnabled());
        button.addClickListener(click -> {
            dialog = new Dialog(getTranslation("partnerships.remove.title"));
            confirm = new Button(getTranslation("partnerships.remove.confirm"), yes -> {
                try {
                    remove.run();
                    dialog.close();
                    reload();
                } catch (InvalidInputException problems) {
                    dialog.close();
                    new FieldErrors().show(problems, this);
                }
            });
            openDialog(new VerticalLayout(new Paragraph(getTranslation("partnerships.remove.warning"))), ButtonVariant.LUMO_ERROR);
        });
        return button;
    }

    private Component contributionsTab() {
        var form = new HorizontalLayout(kind, givenBy, amount, description, givenOn, addContribution);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        givenBy.setItems(partnership.associationId(), partnership.companyId());
        givenBy.setItemLabelGenerator(id -> id == null ? "" : nameOf(id));
        givenBy.setValue(partnership.viewerIsAssociation() ? partnership.companyId() : partnership.viewerId());
        return new VerticalLayout(contributionTotals, new H3(getTranslation("partnerships.contribution.add")), form, contributions,
                contributionPager);
    }

    private void buildContributionForm() {
        kind.setLabel(getTranslation("partnerships.contribution.kind"));
        kind.setItems(ContributionKind.values());
        kind.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        kind.addValueChangeListener(change -> {
            if (change.getValue() != null) {
                amount.setHelperText(getTranslation("partnerships.contribution.amount.in." + change.getValue().unit().name()
                        + (change.getValue().isEstimated() ? ".estimated" : "")));
                description.setRequiredIndicatorVisible(change.getValue().isEstimated());
            }
        });
        givenBy.setLabel(getTranslation("partnerships.contribution.given-by"));
        amount.setLabel(getTranslation("partnerships.contribution.amount"));
        description.setLabel(getTranslation("partnerships.contribution.description"));
        description.setMaxLength(300);
        givenOn.setLabel(getTranslation("partnerships.contribution.date"));
        givenOn.setLocale(getLocale());
        givenOn.setValue(LocalDate.now(clock));
        var errors = new FieldErrors().bind("kind", kind).bind("givenBy", givenBy).bind("amount", amount)
                .bind("description", description).bind("givenOn", givenOn);
        addContribution.setText(getTranslation("partnerships.contribution.save"));
        addContribution.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addContribution.addClickListener(click -> {
            errors.clear();
            if (amount.isInvalid() || amount.getElement().getProperty("_hasInputValue", false) && amount.getValue() == null) {
                errors.show("amount", "partnerships.quantity.not-a-number", this);
                return;
            }
            try {
                service.addContribution(partnership.id(), new ContributionForm(kind.getValue(), givenBy.getValue(), amount.getValue(),
                        description.getValue(), givenOn.getValue()));
                amount.clear();
                description.clear();
                Notification.show(getTranslation("partnerships.contribution.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
    }

    private Component impactTab() {
        var form = new HorizontalLayout(indicator, label, unit, value, measuredOn, addIndicator);
        form.setWrap(true);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new VerticalLayout(impactTotals, new H3(getTranslation("partnerships.indicator.add")), form, indicators, indicatorPager);
    }

    private void buildIndicatorForm() {
        indicator.setLabel(getTranslation("partnerships.indicator"));
        indicator.setItems(Indicator.values());
        indicator.setItemLabelGenerator(value -> value == null ? ""
                : getTranslation(value.side().labelKey()) + " — " + getTranslation(value.labelKey()));
        indicator.setWidth("24em");
        label.setLabel(getTranslation("partnerships.indicator.label"));
        label.setMaxLength(120);
        unit.setLabel(getTranslation("partnerships.indicator.unit"));
        unit.setItems(MeasureUnit.values());
        unit.setItemLabelGenerator(value -> value == null ? "" : getTranslation(value.labelKey()));
        label.setVisible(false);
        unit.setVisible(false);
        indicator.addValueChangeListener(change -> {
            boolean other = change.getValue() != null && change.getValue().isOther();
            label.setVisible(other);
            unit.setVisible(other);
            value.setHelperText(change.getValue() == null || other ? null
                    : getTranslation("partnerships.indicator.in", getTranslation(change.getValue().unit().labelKey())));
        });
        value.setLabel(getTranslation("partnerships.indicator.value"));
        measuredOn.setLabel(getTranslation("partnerships.indicator.date"));
        measuredOn.setLocale(getLocale());
        measuredOn.setValue(LocalDate.now(clock));
        var errors = new FieldErrors().bind("indicator", indicator).bind("label", label).bind("unit", unit).bind("value", value)
                .bind("measuredOn", measuredOn);
        addIndicator.setText(getTranslation("partnerships.indicator.save"));
        addIndicator.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        addIndicator.addClickListener(click -> {
            errors.clear();
            try {
                service.addIndicator(partnership.id(), new IndicatorForm(indicator.getValue(), label.getValue(), value.getValue(),
                        unit.getValue(), measuredOn.getValue()));
                value.clear();
                Notification.show(getTranslation("partnerships.indicator.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                reload();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
    }

    private void renderTotals() {
        var totals = service.totals(partnership.id());
        contributionTotals.removeAll();
        contributionTotals.add(new H3(getTranslation("partnerships.totals.contributions")));
        if (totals.contributions().isEmpty()) {
            contributionTotals.add(new Paragraph(getTranslation("partnerships.totals.contributions.none")));
        }
        for (var partner : new UUID[] {partnership.companyId(), partnership.associationId()}) {
            var mine = totals.contributions().stream().filter(total -> total.givenBy().equals(partner)).toList();
            if (mine.isEmpty()) {
                continue;
            }
            var list = new UnorderedList();
            mine.forEach(total -> list.add(new ListItem(getTranslation("partnerships.totals.line", getTranslation(total.kind().labelKey()),
                    quantity(total.total(), total.kind().unit()), total.count()))));
            contributionTotals.add(new Paragraph(getTranslation("partnerships.totals.from", nameOf(partner))), list);
        }
        impactTotals.removeAll();
        impactTotals.addClassName("impact-sides");
        for (var side : ImpactSide.values()) {
            var column = new Div(new H3(getTranslation("partnerships.totals.side", getTranslation(side.labelKey()))));
            column.addClassName("impact-side");
            var onSide = totals.impactsOn(side);
            if (onSide.isEmpty()) {
                column.add(new Paragraph(getTranslation("partnerships.totals.impact.none")));
            }
            var list = new UnorderedList();
            onSide.forEach(total -> list.add(new ListItem(getTranslation("partnerships.totals.line",
                    total.label() != null ? total.label() : getTranslation(total.indicator().labelKey()),
                    quantity(total.total(), total.unit()), total.count()))));
            column.add(list);
            impactTotals.add(column);
        }
    }

    private void renderJourney() {
        journey.removeAll();
        var periods = service.journey(partnership.id());
        journey.add(new H3(getTranslation("partnerships.journey.title")));
        journey.add(JourneyDiagram.of(periods, partnership.model(), this));
        var timeline = new UnorderedList();
        for (var period : periods) {
            timeline.add(new ListItem(period.to() == null
                    ? getTranslation("partnerships.journey.since", getTranslation(period.model().labelKey()), Dates.format(period.from(), getLocale()))
                    : getTranslation("partnerships.journey.period", getTranslation(period.model().labelKey()),
                    Dates.format(period.from(), getLocale()), Dates.format(period.to(), getLocale()))));
        }
        journey.add(timeline);
        journey.add(new H3(getTranslation("partnerships.advice.title")));
        journey.add(new Paragraph(getTranslation("partnerships.advice.intro")));
        for (var advice : service.advice(partnership.id())) {
            journey.add(adviceCard(advice));
        }
    }

    private Div adviceCard(ModelAdvice advice) {
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
        if (advice.withinReach() && partnership.canEvolve()) {
            card.add(new Button(getTranslation("partnerships.advice.evolve", getTranslation(advice.model().labelKey())),
                    click -> openEvolve(advice.model())));
        }
        return card;
    }

    private void renderOutcomes() {
        outcomes.removeAll();
        if (partnership.stage() != Stage.ENDED) {
            outcomes.add(new Paragraph(getTranslation("partnerships.outcome.none")));
            return;
        }
        outcomes.add(outcomeOf(partnership.associationName(), partnership.associationOutcome(), "ASSOCIATION"),
                outcomeOf(partnership.companyName(), partnership.companyOutcome(), "COMPANY"));
        boolean bothAgree = partnership.associationOutcome() != null && partnership.companyOutcome() != null
                && partnership.associationOutcome().publicCaseStudy() && partnership.companyOutcome().publicCaseStudy();
        outcomes.add(new Paragraph(getTranslation(bothAgree ? "partnerships.outcome.case-study.agreed" : "partnerships.outcome.case-study.not-agreed")));
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

    private String quantity(BigDecimal quantity, MeasureUnit unit) {
        var format = NumberFormat.getNumberInstance(getLocale());
        format.setMaximumFractionDigits(2);
        return getTranslation("partnerships.quantity." + unit.name(), format.format(quantity));
    }

    @Override
    public String getPageTitle() {
        return (partnership == null ? getTranslation("title.partnerships.partnership")
                : getTranslation("title.partnerships.with", partnership.partnerName())) + " · " + getTranslation("app.name");
    }
}
