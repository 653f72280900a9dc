package org.alliances.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.TermsOfUse;
import org.alliances.kernel.ui.LegalLinks;

/** Asks a member whose account has not accepted the terms of use in force to read and accept them, or to sign out. */
@Route(TermsOfUse.ACCEPT_ROUTE)
@PermitAll
class TermsAcceptanceView extends VerticalLayout implements HasDynamicTitle {

    final Button accept = new Button();

    TermsAcceptanceView(AccountService accounts, AuthenticationContext authentication) {
        addClassName("page");
        var read = new Anchor(LegalLinks.TERMS, getTranslation("terms.read"));
        read.setTarget(AnchorTarget.BLANK);
        accept.setText(getTranslation("terms.again.accept"));
        accept.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        accept.addClickListener(click -> {
            accounts.acceptTerms();
            Notification.show(getTranslation("terms.again.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            getUI().ifPresent(ui -> ui.navigate(""));
        });
        var logout = new Button(getTranslation("terms.again.logout"), click -> authentication.logout());
        var choices = new HorizontalLayout(accept, logout);
        choices.setWrap(true);
        add(new H1(getTranslation("terms.again.title")), new Paragraph(getTranslation("terms.again.intro")), new Paragraph(read), choices);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("terms.again.title") + " · " + getTranslation("app.name");
    }
}
