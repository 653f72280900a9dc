package org.alliances.diagnosis.ui;

import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.diagnosis.Answers;
import org.alliances.diagnosis.DiagnosisInProgress;
import org.alliances.diagnosis.DiagnosisService;
import org.alliances.diagnosis.Questionnaire;
import org.alliances.diagnosis.Questionnaire.Option;
import org.alliances.diagnosis.Questionnaire.Question;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;

/**
 * The diagnosis wizard: one step of the questionnaire per page, progress shown, answers kept as they are chosen and
 * saved at each step, so that a member can stop and resume after logging out. The last step leads to the result.
 */
@Route("diagnostic")
@Menu(title = "menu.diagnosis", order = 10, icon = "vaadin:clipboard-check")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY})
class DiagnosisView extends VerticalLayout implements HasDynamicTitle {

    final Button start = new Button();
    final Button previous = new Button();
    final Button next = new Button();
    final ProgressBar progress = new ProgressBar(0, 1);
    final H2 stepTitle = new H2();
    /** The field of each question of the step shown, by question code. */
    final Map<String, HasValue<?, ?>> fields = new LinkedHashMap<>();

    private final DiagnosisService diagnoses;
    private final Div content = new Div();
    private DiagnosisInProgress diagnosis;
    private int stepIndex;

    DiagnosisView(DiagnosisService diagnoses) {
        this.diagnoses = diagnoses;
        addClassName("page");
        content.setWidthFull();
        add(new H1(getTranslation("diagnosis.intro.title")), content);
        wireButtons();
        diagnoses.inProgress().ifPresentOrElse(found -> {
            diagnosis = found;
            showStep(found.currentStep());
        }, this::showIntro);
    }

    private void showIntro() {
        content.removeAll();
        var questionnaire = diagnoses.currentQuestionnaire();
        content.add(new Paragraph(getTranslation("diagnosis.intro.text", questionnaire.steps().size())),
                new Paragraph(getTranslation("diagnosis.intro.saved")));
        var latest = diagnoses.latest();
        latest.ifPresent(result -> {
            var date = DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(getLocale())
                    .format(result.completedAt().atZone(org.alliances.kernel.Territories.TIME_ZONE));
            content.add(new Paragraph(getTranslation("diagnosis.intro.latest", date, getTranslation(result.assessment().level().labelKey()))),
                    new RouterLink(getTranslation("diagnosis.intro.latest.link"), DiagnosisResultView.class, result.id().toString()));
        });
        start.setText(getTranslation(latest.isPresent() ? "diagnosis.restart" : "diagnosis.start"));
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(click -> {
            diagnosis = diagnoses.start();
            showStep(diagnosis.currentStep());
        });
        var actions = new Div(start);
        actions.addClassName("actions");
        content.add(actions);
        if (latest.isPresent()) {
            content.add(new Paragraph(new Span(getTranslation("diagnosis.restart.help"))));
        }
    }

    private void showStep(int index) {
        var questionnaire = diagnosis.questionnaire();
        stepIndex = Math.max(0, Math.min(index, questionnaire.steps().size() - 1));
        var step = questionnaire.steps().get(stepIndex);
        content.removeAll();
        fields.clear();
        int total = questionnaire.steps().size();
        stepTitle.setText(getTranslation("diagnosis.step.of", stepIndex + 1, total, step.title().in(getLocale())));
        progress.setValue((double) stepIndex / total);
        progress.getElement().setAttribute("aria-label", getTranslation("diagnosis.progress"));
        progress.getElement().setAttribute("aria-valuetext", getTranslation("diagnosis.step.of", stepIndex + 1, total, step.title().in(getLocale())));
        content.add(stepTitle, progress);
        if (step.intro() != null) {
            content.add(new Paragraph(step.intro().in(getLocale())));
        }
        var questions = new VerticalLayout();
        questions.setPadding(false);
        questions.addClassName("wizard-questions");
        for (var question : step.questions()) {
            var field = field(question, diagnosis.answers().of(question.code()));
            fields.put(question.code(), field);
            questions.add((com.vaadin.flow.component.Component) field);
        }
        content.add(questions);

        previous.setText(getTranslation("diagnosis.previous"));
        previous.setVisible(stepIndex > 0);
        next.setText(getTranslation(stepIndex == total - 1 ? "diagnosis.finish" : "diagnosis.next"));
        var buttons = new HorizontalLayout(previous, next);
        buttons.addClassName("wizard-actions");
        content.add(buttons, new Paragraph(getTranslation("diagnosis.intro.saved")));
    }

    private void wireButtons() {
        next.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        previous.addClickListener(click -> {
            try {
                diagnosis = diagnoses.saveDraft(diagnosis.id(), currentStep().code(), answersOnThePage());
                showStep(stepIndex - 1);
            } catch (InvalidInputException problems) {
                show(problems);
            }
        });
        next.addClickListener(click -> {
            var step = currentStep();
            try {
                if (stepIndex == diagnosis.questionnaire().steps().size() - 1) {
                    var result = diagnoses.complete(diagnosis.id(), step.code(), answersOnThePage());
                    getUI().ifPresent(ui -> ui.navigate(DiagnosisResultView.class, result.id().toString()));
                } else {
                    diagnosis = diagnoses.saveStep(diagnosis.id(), step.code(), answersOnThePage());
                    showStep(diagnosis.currentStep());
                }
            } catch (InvalidInputException problems) {
                show(problems);
            }
        });
    }

    private HasValue<?, ?> field(Question question, Set<String> chosen) {
        var locale = getLocale();
        HasValue<?, ?> field;
        if (question.multiple()) {
            var group = new CheckboxGroup<Option>(question.label().in(locale));
            group.setItems(question.options());
            group.setItemLabelGenerator(option -> option.label().in(locale));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.setValue(selected(question, chosen));
            group.setHelperText(question.help() != null ? question.help().in(locale) : getTranslation("diagnosis.choices.max", question.maxChoices()));
            group.addValueChangeListener(change -> keepDraft(change.isFromClient()));
            field = group;
        } else {
            var group = new RadioButtonGroup<Option>(question.label().in(locale));
            group.setItems(question.options());
            group.setItemLabelGenerator(option -> option.label().in(locale));
            group.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
            selected(question, chosen).stream().findFirst().ifPresent(group::setValue);
            if (question.help() != null) {
                group.setHelperText(question.help().in(locale));
            }
            group.addValueChangeListener(change -> keepDraft(change.isFromClient()));
            field = group;
        }
        field.setRequiredIndicatorVisible(true);
        ((com.vaadin.flow.component.Component) field).getElement().setAttribute("data-question", question.code());
        return field;
    }

    /** Keeps each answer as it is chosen, so that nothing is lost if the member leaves without going on. */
    private void keepDraft(boolean fromClient) {
        if (!fromClient || diagnosis == null) {
            return;
        }
        fields.values().forEach(field -> ((HasValidation) field).setInvalid(false));
        try {
            diagnosis = diagnoses.saveDraft(diagnosis.id(), currentStep().code(), answersOnThePage());
        } catch (InvalidInputException problems) {
            show(problems);
        }
    }

    private static Set<Option> selected(Question question, Set<String> chosen) {
        var result = new LinkedHashSet<Option>();
        question.options().stream().filter(option -> chosen.contains(option.code())).forEach(result::add);
        return result;
    }

    private Questionnaire.Step currentStep() {
        return diagnosis.questionnaire().steps().get(stepIndex);
    }

    Answers answersOnThePage() {
        var answers = new LinkedHashMap<String, Set<String>>();
        fields.forEach((code, field) -> {
            var codes = new LinkedHashSet<String>();
            var value = field.getValue();
            if (value instanceof Option option) {
                codes.add(option.code());
            } else if (value instanceof Set<?> options) {
                options.forEach(option -> codes.add(((Option) option).code()));
            }
            answers.put(code, codes);
        });
        return new Answers(answers);
    }

    /** Shows each problem at its question; a question of another step brings that step back first. */
    private void show(InvalidInputException problems) {
        var elsewhere = problems.problems().keySet().stream().filter(code -> !fields.containsKey(code))
                .map(code -> diagnosis.questionnaire().steps().stream()
                        .filter(step -> step.questions().stream().anyMatch(question -> question.code().equals(code))).findFirst())
                .flatMap(java.util.Optional::stream).findFirst();
        if (elsewhere.isPresent()) {
            diagnosis = diagnoses.inProgress().orElse(diagnosis);
            showStep(diagnosis.questionnaire().indexOf(elsewhere.get()));
            Notification.show(getTranslation("diagnosis.steps.missing", elsewhere.get().title().in(getLocale())))
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        boolean focused = false;
        for (var problem : problems.problems().entrySet()) {
            var field = fields.get(problem.getKey());
            if (field == null) {
                if (elsewhere.isEmpty()) {
                    Notification.show(getTranslation(problem.getValue())).addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                continue;
            }
            ((HasValidation) field).setErrorMessage(getTranslation(problem.getValue()));
            ((HasValidation) field).setInvalid(true);
            if (!focused && field instanceof com.vaadin.flow.component.Focusable<?> focusable) {
                focusable.focus();
                focused = true;
            }
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.diagnosis") + " · " + getTranslation("app.name");
    }
}
