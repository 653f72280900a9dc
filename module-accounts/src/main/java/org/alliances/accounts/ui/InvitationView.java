package org.alliances.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.accounts.Member;
import org.alliances.accounts.InvitationAcceptance;
import org.alliances.accounts.LinkStatus;
import org.alliances.accounts.internal.ClientAddress;
import org.alliances.accounts.internal.PasswordPolicy;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.LanguageSwitch;
import org.alliances.kernel.ui.TextLimits;

/**
 * Where an invitation leads: the invited person gives a name and a password, or the password of the account they
 * already have with that address, and joins the organisation. An expired, used or withdrawn link says so.
 */
@Route(value = InvitationAcceptance.ROUTE, autoLayout = false)
@AnonymousAllowed
class InvitationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final TextField name = new TextField();
    final PasswordField password = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final PasswordField existingPassword = new PasswordField();
    final TermsCheckbox terms = new TermsCheckbox();
    final Button join = new Button();
    final Paragraph message = new Paragraph();
    private final InvitationAcceptance acceptance;
    private final Div card = new Div();
    private final FieldErrors errors = new FieldErrors();
    private String token = "";

    InvitationView(InvitationAcceptance acceptance) {
        this.acceptance = acceptance;
        addClassName("anonymous-page");
        setPadding(false);
        card.addClassName("form-card");
        message.addClassName("notice");
        name.setLabel(getTranslation("invitation.name"));
        TextLimits.limit(name, Member.NAME.max());
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        password.setLabel(getTranslation("register.password"));
        password.setHelperText(getTranslation("register.password.help"));
        password.setWidthFull();
        confirmation.setLabel(getTranslation("register.password.confirm"));
        confirmation.setWidthFull();
        existingPassword.setLabel(getTranslation("invitation.existing-password"));
        for (var field : new PasswordField[] {password, confirmation, existingPassword}) {
            TextLimits.limit(field, PasswordPolicy.MAX_LENGTH);
        }
        existingPassword.setWidthFull();
        errors.bind("name", name).bind("password", password).bind("confirmation", confirmation)
                .bind("existingPassword", existingPassword).bind("terms", terms);
        join.setText(getTranslation("invitation.join"));
        join.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        card.add(new H1(getTranslation("invitation.title")), message);
        add(new LanguageSwitch(), card);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        var link = acceptance.open(token);
        if (link.status() != LinkStatus.VALID) {
            message.setText(getTranslation("invitation.link." + link.status().name().toLowerCase(java.util.Locale.ROOT)));
            card.add(new Paragraph(new Anchor("login", getTranslation("recovery.back"))));
            return;
        }
        if (link.hasAccount()) {
            message.setText(getTranslation("invitation.intro.account", link.organizationName(), link.email()));
            card.add(existingPassword, join, new Paragraph(new Anchor("mot-de-passe-oublie", getTranslation("login.forgot"))));
            join.addClickListener(click -> submit(() -> acceptance.joinWithAccount(token, existingPassword.getValue(), ClientAddress.current())));
        } else {
            message.setText(getTranslation("invitation.intro.new", link.organizationName(), link.email()));
            card.add(name, password, confirmation, terms, join);
            join.addClickListener(click -> submit(() -> acceptance.joinAsNewMember(token, name.getValue(), password.getValue(),
                    confirmation.getValue(), terms.getValue())));
        }
    }

    private void submit(Runnable joining) {
        errors.clear();
        try {
            joining.run();
            getUI().ifPresent(ui -> ui.navigate("login", QueryParameters.of("joined", "")));
        } catch (InvalidInputException problems) {
            var link = problems.problems().get("link");
            if (link != null) {
                message.setText(getTranslation(link));
            }
            errors.show(problems, this);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("invitation.title") + " · " + getTranslation("app.name");
    }
}
