package org.alliances.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.accounts.EmailVerification;
import org.alliances.accounts.EmailVerification.Outcome;
import org.alliances.accounts.LinkStatus;
import org.alliances.kernel.ui.LanguageSwitch;

/**
 * Where a confirmation link leads: one click proves the address (a button, so that a mail scanner opening the link
 * uses nothing). An expired, used or unknown link says so, and how to get a new one.
 */
@Route(value = EmailVerification.CONFIRM_ROUTE, autoLayout = false)
@AnonymousAllowed
class EmailConfirmationView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    final Button confirm = new Button();
    final Paragraph message = new Paragraph();
    private final EmailVerification verification;
    private final Div card = new Div();
    private String token = "";

    EmailConfirmationView(EmailVerification verification) {
        this.verification = verification;
        addClassName("anonymous-page");
        setPadding(false);
        card.addClassName("form-card");
        confirm.setText(getTranslation("proof.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> show(verification.confirm(token, getLocale())));
        message.addClassName("notice");
        card.add(new H1(getTranslation("proof.title")), message, confirm);
        add(new LanguageSwitch(), card);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        token = parameter;
        var status = verification.check(token);
        if (status == LinkStatus.VALID) {
            message.setText(getTranslation("proof.intro"));
        } else {
            show(Outcome.valueOf(status.name()));
        }
    }

    private void show(Outcome outcome) {
        confirm.setVisible(false);
        message.setText(getTranslation("proof.outcome." + outcome.name()));
        var next = outcome == Outcome.CHANGED ? new Anchor("login?email-changed", getTranslation("proof.login"))
                : new Anchor("", getTranslation("proof.home"));
        card.add(new Paragraph(next));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("proof.title") + " · " + getTranslation("app.name");
    }
}
