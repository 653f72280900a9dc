package org.alliances.privacy.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.alliances.accounts.AccountClosure;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.TextLimits;

/**
 * Asks for the password before a deletion, says what will go and what will stay, and shows a refusal (a wrong
 * password, the last responsable) next to the field; the dialog closes only once the deletion is done.
 */
class DeletionDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Button delete = new Button();
    final Button cancel = new Button();
    private final FieldErrors errors = new FieldErrors();

    DeletionDialog(String title, String explanation, String action, Consumer<String> deletion, Runnable done) {
        setHeaderTitle(title);
        password.setLabel(getTranslation("erasure.password"));
        password.setRequired(true);
        password.setWidthFull();
        TextLimits.limit(password, AccountClosure.PASSWORD_LONGEST);
        errors.bind("password", password).bind("account", password);
        add(new Paragraph(explanation), password);
        delete.setText(action);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        delete.addClickListener(click -> {
            errors.clear();
            try {
                deletion.accept(password.getValue());
                close();
                done.run();
            } catch (InvalidInputException refused) {
                password.clear();
                errors.show(refused, this);
            }
        });
        cancel.setText(getTranslation("erasure.cancel"));
        cancel.addClickListener(click -> close());
        getFooter().add(cancel, delete);
        setWidth("min(32rem, 95vw)");
    }
}
