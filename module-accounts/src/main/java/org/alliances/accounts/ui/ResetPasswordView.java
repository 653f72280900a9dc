package org.alliances.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.accounts.PasswordRecovery;
import org.alliances.accounts.LinkStatus;
import org.alliances.accounts.internal.PasswordPolicy;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.LanguageSwitch;
import org.alliances.kernel.ui.TextLimits;
import org.jspecify.annotations.Nullable;

/**
 * Where a reset link leads: a new password, twice, under the same policy as registration. An expired, used or forged
 * link says so and offers to ask for a new one.
 */
@Route(value = PasswordRecovery.RESET_ROUTE, autoLayout = false)
@AnonymousAllowed
class ResetPasswordView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button save = new Button();
    final Paragraph problem = new Paragraph();
    private final PasswordRecovery recovery;
    private final Div card = new Div();
    private String token = "";

    ResetPasswordView(PasswordRecovery recovery) {
        this.recovery = recovery;
        addClassName("anonymous-page");
        setPadding(false);
        card.addClassName("form-card");
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setWidthFull();
        confirmation.setLabel(getTranslation("register.password.confirm"));
        TextLimits.limit(password, PasswordPolicy.MAX_LENGTH);
        TextLimits.limit(confirmation, PasswordPolicy.MAX_LENGTH);
        confirmation.setWidthFull();
        problem.addClassName("notice");
        var errors = new FieldErrors().bind("password", password).bind("confirmation", confirmation);
        save.setText(getTranslation("recovery.save"));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> {
            errors.clear();
            try {
                recovery.reset(token, password.getValue(), confirmation.getValue());
                Notification.show(getTranslation("recovery.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                getUI().ifPresent(ui -> ui.navigate("login"));
            } catch (InvalidInputException problems) {
                var linkProblem = problems.problems().get("link");
                if (linkProblem != null) {
                    showProblem(linkProblem);
                } else {
                    errors.show(problems, this);
                }
            }
        });
        add(new LanguageSwitch(), card);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter @Nullable String parameter) {
        token = parameter == null ? "" : parameter;
        var status = token.isEmpty() ? LinkStatus.UNKNOWN : recovery.check(token);
        card.removeAll();
        card.add(new H1(getTranslation("recovery.new.title")));
        if (status == LinkStatus.VALID) {
            card.add(new Paragraph(getTranslation("recovery.new.intro")), password, confirmation, save);
        } else {
            showProblem("recovery.link." + status.name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    private void showProblem(String messageKey) {
        card.removeAll();
        problem.setText(getTranslation(messageKey));
        card.add(new H1(getTranslation("recovery.new.title")), problem,
                new Paragraph(new Anchor("mot-de-passe-oublie", getTranslation("recovery.ask-again"))),
                new Paragraph(new Anchor("login", getTranslation("recovery.back"))));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("recovery.new.title") + " · " + getTranslation("app.name");
    }
}
