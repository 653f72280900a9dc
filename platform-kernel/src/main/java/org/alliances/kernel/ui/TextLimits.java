package org.alliances.kernel.ui;

import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Gives a text field the most characters it takes and the French message the field itself shows when a text longer
 * than that reaches it (the browser stops typing at the limit; a forged request does not): a field is never marked
 * wrong without saying why.
 */
public final class TextLimits {

    private TextLimits() {
    }

    public static void limit(TextField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong(field, max)));
    }

    public static void limit(TextArea field, int max) {
        field.setMaxLength(max);
        field.setI18n(new TextArea.TextAreaI18n().setMaxLengthErrorMessage(tooLong(field, max)));
    }

    public static void limit(EmailField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new EmailField.EmailFieldI18n().setMaxLengthErrorMessage(tooLong(field, max))
                .setPatternErrorMessage(field.getTranslation("email.invalid")));
    }

    public static void limit(PasswordField field, int max) {
        field.setMaxLength(max);
        field.setI18n(new PasswordField.PasswordFieldI18n().setMaxLengthErrorMessage(tooLong(field, max)));
    }

    private static String tooLong(com.vaadin.flow.component.Component field, int max) {
        return field.getTranslation("text.too-long", max);
    }
}
