package org.alliances.accounts.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.alliances.accounts.AccountService;
import org.alliances.accounts.Member;
import org.alliances.accounts.internal.PasswordPolicy;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.LanguageSwitch;
import org.alliances.kernel.ui.LegalLinks;
import org.alliances.kernel.ui.TextLimits;

/**
 * The frame shared by the registration pages: a title, the organisation's fields given by the page, then the
 * e-mail and password fields, and one button. Problems are shown next to their fields; nothing typed is lost.
 */
abstract class RegistrationForm extends VerticalLayout {

    protected final EmailField email = new EmailField();
    protected final PasswordField password = new PasswordField();
    protected final PasswordField confirmation = new PasswordField();
    protected final FieldErrors errors = new FieldErrors();
    protected final Div card = new Div();
    protected final TermsCheckbox terms = new TermsCheckbox();
    protected final Button submit = new Button();

    protected void build(String titleKey, String introKey, String submitKey, Component... organizationFields) {
        addClassName("anonymous-page");
        setPadding(false);
        var header = new HorizontalLayout(new Anchor("login", getTranslation("app.name")), new LanguageSwitch());
        header.setWidthFull();
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
        header.setMaxWidth("640px");
        email.setLabel(getTranslation("register.email"));
        email.setRequiredIndicatorVisible(true);
        TextLimits.limit(email, Member.EMAIL.max());
        email.setWidthFull();
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setRequiredIndicatorVisible(true);
        password.setWidthFull();
        confirmation.setLabel(getTranslation("register.password.confirm"));
        TextLimits.limit(password, PasswordPolicy.MAX_LENGTH);
        TextLimits.limit(confirmation, PasswordPolicy.MAX_LENGTH);
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setWidthFull();
        errors.bind("email", email).bind("password", password).bind("confirmation", confirmation).bind("terms", terms);
        submit.setText(getTranslation(submitKey));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setWidthFull();
        card.addClassName("form-card");
        card.add(new H1(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)));
        for (var field : organizationFields) {
            card.add(field);
        }
        card.add(email, password, confirmation, terms, submit,
                new Paragraph(new Anchor("login", getTranslation("register.have-account"))),
                new Paragraph(new Anchor(JoinOrganizationView.ROUTE, getTranslation("join.link"))), new LegalLinks());
        add(header, card);
    }

    protected AccountService.Credentials credentials() {
        return new AccountService.Credentials(email.getValue(), password.getValue(), confirmation.getValue(), terms.getValue());
    }

    /** A full-width text field with its label, the required mark and the most characters it takes. */
    protected TextField requiredText(String labelKey, int maxLength) {
        var field = new TextField(getTranslation(labelKey));
        TextLimits.limit(field, maxLength);
        field.setRequiredIndicatorVisible(true);
        field.setWidthFull();
        return field;
    }

    /** After a registration: the login page, with a notice that the account is ready. */
    protected void goToLogin() {
        getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("registered", "")));
    }

    /** Runs the registration; shows every problem the service found next to its field otherwise (nothing is saved then). */
    protected void submit(Runnable registration, Runnable onSuccess) {
        errors.clear();
        try {
            registration.run();
            onSuccess.run();
        } catch (InvalidInputException problems) {
            errors.show(problems, this);
        }
    }
}
