package org.alliances.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.accounts.Member;
import org.alliances.accounts.internal.ClientAddress;
import org.alliances.accounts.PasswordRecovery;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.LanguageSwitch;
import org.alliances.kernel.ui.TextLimits;

/**
 * "Mot de passe oublié ?": the member gives their e-mail address and gets a link to choose a new password. The page
 * answers the same sentence whether the address has an account or not.
 */
@Route(value = "mot-de-passe-oublie", autoLayout = false)
@AnonymousAllowed
class ForgotPasswordView extends VerticalLayout implements HasDynamicTitle {

    final EmailField email = new EmailField();
    final Button send = new Button();
    final Paragraph sent = new Paragraph();

    ForgotPasswordView(PasswordRecovery recovery) {
        addClassName("anonymous-page");
        setPadding(false);
        email.setLabel(getTranslation("login.email"));
        email.setWidthFull();
        TextLimits.limit(email, Member.EMAIL.max());
        email.setAutofocus(true);
        sent.addClassName("notice");
        sent.setVisible(false);
        var errors = new FieldErrors().bind("email", email);
        send.setText(getTranslation("recovery.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        send.addClickListener(click -> {
            errors.clear();
            try {
                recovery.requestReset(email.getValue(), ClientAddress.current(), getLocale());
                sent.setText(getTranslation("recovery.sent"));
                sent.setVisible(true);
            } catch (InvalidInputException problems) {
                sent.setVisible(false);
                errors.show(problems, this);
            }
        });
        var card = new Div();
        card.addClassName("form-card");
        card.add(new H1(getTranslation("recovery.title")), new Paragraph(getTranslation("recovery.intro")), email, send, sent,
                new Paragraph(new Anchor("login", getTranslation("recovery.back"))));
        add(new LanguageSwitch(), card);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.title") + " · " + getTranslation("app.name");
    }
}
