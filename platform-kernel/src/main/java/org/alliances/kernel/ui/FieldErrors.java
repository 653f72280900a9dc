package org.alliances.kernel.ui;

import java.util.LinkedHashMap;
import java.util.Map;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

import org.alliances.kernel.InvalidInputException;

/**
 * Shows the problems of a refused command next to their fields, in the user's language, and focuses the first one.
 * What the user typed stays in the fields. Shared by every module's forms.
 */
public class FieldErrors {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    public FieldErrors bind(String name, HasValidation field) {
        fields.put(name, field);
        return this;
    }

    public void clear() {
        fields.values().forEach(field -> {
            field.setInvalid(false);
            field.setErrorMessage(null);
        });
    }

    /** Shows the problem at its field and says it to screen readers. */
    public void show(String field, String messageKey, Component translator, Object... arguments) {
        var message = translator.getTranslation(messageKey, arguments);
        mark(field, message);
        Announcer.announce(translator, message);
    }

    private void mark(String field, String message) {
        var target = fields.get(field);
        if (target == null) {
            throw new IllegalStateException("No field named " + field + " for message " + message);
        }
        target.setErrorMessage(message);
        target.setInvalid(true);
    }

    /** The message of a refused command's problem at a field, in the user's language, with its arguments. */
    public static String message(InvalidInputException problems, String field, Component translator) {
        return translator.getTranslation(problems.problems().get(field), problems.arguments(field));
    }

    /**
     * Shows each problem at its field, says them all to screen readers and focuses the first field in error; a problem
     * with no field on the form (a need closed meanwhile…) as an error notice.
     */
    public void show(InvalidInputException problems, Component translator) {
        var atFields = new java.util.ArrayList<String>();
        problems.problems().forEach((field, key) -> {
            var message = message(problems, field, translator);
            if (fields.containsKey(field)) {
                mark(field, message);
                atFields.add(message);
            } else {
                Notification.show(message).addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        if (!atFields.isEmpty()) {
            Announcer.announce(translator, String.join(" ", atFields));
        }
        focusFirstInvalid();
    }

    public void focusFirstInvalid() {
        fields.values().stream().filter(HasValidation::isInvalid).findFirst()
                .filter(Focusable.class::isInstance).map(Focusable.class::cast).ifPresent(Focusable::focus);
    }
}
