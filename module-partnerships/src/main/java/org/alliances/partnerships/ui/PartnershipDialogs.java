package org.alliances.partnerships.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.partnerships.Declaration;
import org.alliances.partnerships.Lifecycle;
import org.alliances.partnerships.Outcome;
import org.alliances.partnerships.Partnership;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Path;
import org.alliances.partnerships.Stage;

/**
 * The dialogs of a partnership's page: move it to another stage (confirm, decline, renew), evolve its model, plan
 * the next step, close it with the outcome, and confirm the removal of a line. Each saves through the service and
 * hands the partnership as it now is to the page; a refused input shows its problems at the fields.
 */
final class PartnershipDialogs {

    /** The dialog open, if any, and its fields, for tests. */
    Dialog dialog;
    TextArea note;
    DatePicker nextStep;
    Select<CooperationModel> evolveTo;
    RadioButtonGroup<Boolean> happened;
    TextArea brought;
    RadioButtonGroup<Integer> satisfaction;
    Checkbox caseStudy;
    Button confirm;

    private final Component page;
    private final PartnershipService service;
    private final Clock clock;
    private final Supplier<Partnership> partnership;
    private final Consumer<Partnership> changed;
    private final Runnable showOutcome;
    private final Supplier<Locale> locale;

    /**
     * @param partnership the partnership as the page shows it
     * @param changed what the page does with the partnership as a dialog left it
     * @param showOutcome brings the outcomes into view once one is given
     */
    PartnershipDialogs(Component page, Supplier<Locale> locale, PartnershipService service, Clock clock,
                       Supplier<Partnership> partnership, Consumer<Partnership> changed, Runnable showOutcome) {
        this.page = page;
        this.locale = locale;
        this.service = service;
        this.clock = clock;
        this.partnership = partnership;
        this.changed = changed;
        this.showOutcome = showOutcome;
    }

    void openMove(Stage target) {
        var current = partnership.get();
        var heading = target == Stage.ACTIVE && current.stage() == Stage.PROPOSED ? text("partnerships.action.confirm")
                : target == Stage.DECLINED ? text("partnerships.action.decline")
                : Lifecycle.isRenewal(current.stage(), target) ? text("partnerships.action.renew")
                : text("partnerships.action.move", text(target.labelKey()));
        dialog = new Dialog(heading);
        note = noteField();
        nextStep = nextStepField();
        var errors = new FieldErrors().bind("note", note).bind("nextStep", nextStep);
        var body = new VerticalLayout();
        if (target == Stage.DECLINED) {
            body.add(new Paragraph(text("partnerships.decline.warning")));
        } else {
            Lifecycle.usualNext(current.path(), target).ifPresent(after ->
                    nextStep.setHelperText(text("partnerships.next.helper", text(after.labelKey()))));
        }
        body.add(note);
        if (!target.isFinal()) {
            body.add(nextStep);
        }
        confirm = new Button(heading, click -> save(errors, () -> {
            var moved = service.moveTo(current.id(), target, note.getValue(), nextStep.getValue());
            success(text("partnerships.moved", text(moved.stage().labelKey())));
            return moved;
        }));
        open(body, target == Stage.DECLINED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
    }

    void openEvolve(CooperationModel suggested) {
        var current = partnership.get();
        dialog = new Dialog(text("partnerships.action.evolve"));
        evolveTo = new Select<>();
        evolveTo.setLabel(text("partnerships.evolve.model"));
        evolveTo.setItems(Arrays.stream(CooperationModel.values()).filter(model -> model != current.model()).toList());
        evolveTo.setItemLabelGenerator(model -> model == null ? "" : text(model.labelKey()));
        evolveTo.addValueChangeListener(change -> evolveTo.setHelperText(change.getValue() == null ? null
                : text("partnerships.evolve.helper", text(change.getValue().definitionKey()),
                text(Path.of(change.getValue()).restartsAt().labelKey()))));
        evolveTo.setWidthFull();
        evolveTo.setValue(suggested);
        note = noteField();
        nextStep = nextStepField();
        var errors = new FieldErrors().bind("model", evolveTo).bind("note", note).bind("nextStep", nextStep);
        confirm = new Button(text("partnerships.evolve.confirm"), click -> {
            errors.clear();
            try {
                var evolved = service.evolve(current.id(), evolveTo.getValue(), note.getValue(), nextStep.getValue());
                dialog.close();
                success(text("partnerships.evolved", text(evolved.model().labelKey())));
                changed.accept(evolved);
            } catch (InvalidInputException problems) {
                if (problems.problems().containsKey("model") && evolveTo.getValue() == null) {
                    errors.show("model", "partnerships.evolve.model.required", page);
                } else {
                    errors.show(problems, page);
                }
            }
        });
        open(new VerticalLayout(new Paragraph(text("partnerships.evolve.intro")), evolveTo, note, nextStep), ButtonVariant.LUMO_PRIMARY);
    }

    void openPlan() {
        var current = partnership.get();
        dialog = new Dialog(text("partnerships.action.plan"));
        nextStep = nextStepField();
        nextStep.setValue(current.nextStepDueOn());
        var errors = new FieldErrors().bind("nextStep", nextStep);
        confirm = new Button(text("partnerships.plan.confirm"), click -> save(errors,
                () -> service.planNextStep(current.id(), nextStep.getValue())));
        open(new VerticalLayout(nextStep), ButtonVariant.LUMO_PRIMARY);
    }

    /** Closing asks for the outcome; once closed, the partner that has not answered yet is asked for its own. */
    void openClose() {
        var current = partnership.get();
        boolean first = current.stage() != Stage.ENDED;
        dialog = new Dialog(text(first ? "partnerships.action.close" : "partnerships.action.outcome"));
        happened = new RadioButtonGroup<>(text("partnerships.outcome.happened"));
        happened.setItems(true, false);
        happened.setItemLabelGenerator(yes -> text(yes ? "partnerships.yes" : "partnerships.no"));
        brought = new TextArea(text(current.viewerIsAssociation() ? "partnerships.outcome.brought.ASSOCIATION"
                : "partnerships.outcome.brought.COMPANY"));
        TextLimits.limit(brought, Outcome.BROUGHT.max());
        brought.setWidthFull();
        satisfaction = new RadioButtonGroup<>(text("partnerships.outcome.satisfaction"));
        satisfaction.setItems(1, 2, 3, 4, 5);
        satisfaction.setItemLabelGenerator(score -> text("partnerships.outcome.satisfaction." + score));
        caseStudy = new Checkbox(text("partnerships.outcome.case-study"));
        var errors = new FieldErrors().bind("happened", happened).bind("brought", brought).bind("satisfaction", satisfaction);
        confirm = new Button(text(first ? "partnerships.close.confirm" : "partnerships.outcome.confirm"), click -> save(errors, () -> {
            var closed = service.close(current.id(), new Outcome(happened.getValue(), brought.getValue(), satisfaction.getValue(),
                    caseStudy.getValue()));
            success(text(first ? "partnerships.closed.done" : "partnerships.outcome.done"));
            return closed;
        }, showOutcome));
        var body = new VerticalLayout();
        if (first) {
            body.add(new Paragraph(text("partnerships.close.warning", current.partnerName())));
        }
        body.add(happened, brought, satisfaction, caseStudy);
        open(body, first ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
    }

    /** Asks before removing a contribution or a measure; the page reads the partnership again after. */
    void confirmRemoval(Runnable remove) {
        dialog = new Dialog(text("partnerships.remove.title"));
        confirm = new Button(text("partnerships.remove.confirm"), yes -> {
            try {
                remove.run();
                dialog.close();
                changed.accept(service.find(partnership.get().id()).orElse(partnership.get()));
            } catch (InvalidInputException problems) {
                dialog.close();
                new FieldErrors().show(problems, page);
            }
        });
        open(new VerticalLayout(new Paragraph(text("partnerships.remove.warning"))), ButtonVariant.LUMO_ERROR);
    }

    /** Saves, closes the dialog and hands the result to the page; or shows the problems at their fields. */
    private void save(FieldErrors errors, Supplier<Partnership> action) {
        save(errors, action, () -> { });
    }

    private void save(FieldErrors errors, Supplier<Partnership> action, Runnable then) {
        errors.clear();
        try {
            var saved = action.get();
            dialog.close();
            changed.accept(saved);
            then.run();
        } catch (InvalidInputException problems) {
            errors.show(problems, page);
        }
    }

    private void success(String message) {
        Notification.show(message).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    private void open(VerticalLayout body, ButtonVariant variant) {
        confirm.addThemeVariants(variant);
        body.setPadding(false);
        var buttons = new HorizontalLayout(new Button(text("partnerships.cancel"), click -> dialog.close()), confirm);
        dialog.add(body);
        dialog.getFooter().add(buttons);
        dialog.setWidth("34em");
        dialog.open();
    }

    private TextArea noteField() {
        var field = new TextArea(text("partnerships.note"));
        TextLimits.limit(field, Declaration.NOTE.max());
        field.setWidthFull();
        return field;
    }

    private DatePicker nextStepField() {
        var field = new DatePicker(text("partnerships.next.due"));
        field.setWidth("18em");
        field.setMin(LocalDate.now(clock));
        field.setLocale(locale.get());
        field.setClearButtonVisible(true);
        return field;
    }

    private String text(String key, Object... arguments) {
        return page.getTranslation(key, arguments);
    }
}
