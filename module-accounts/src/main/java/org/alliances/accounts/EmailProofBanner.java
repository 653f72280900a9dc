package org.alliances.accounts;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.alliances.accounts.internal.ClientAddress;
import org.alliances.kernel.InvalidInputException;

/**
 * Tells a member who has not proved their e-mail address yet why publishing, expressing an interest, declaring a
 * partnership and inviting are refused, and sends the link again on request. Shown under the header of every page.
 */
public class EmailProofBanner extends Div {

    final Button resend;

    public EmailProofBanner(SignedInMember member, EmailVerification verification) {
        addClassName("proof-banner");
        getElement().setAttribute("role", "status");
        resend = new Button(getTranslation("proof.banner.resend"), click -> {
            try {
                verification.resend(ClientAddress.current(), getLocale());
                Notification.show(getTranslation("proof.banner.sent", member.email()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException refused) {
                refused.problems().values().forEach(key ->
                        Notification.show(getTranslation(key)).addThemeVariants(NotificationVariant.LUMO_ERROR));
            }
        });
        resend.addThemeVariants(ButtonVariant.LUMO_SMALL);
        add(new Span(getTranslation("proof.banner.text", member.email())), resend);
    }
}
