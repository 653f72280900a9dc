package org.alliances.accounts.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.accounts.JoinRequestService;
import org.alliances.accounts.Member;
import org.alliances.accounts.internal.ClientAddress;
import org.alliances.kernel.OrganizationIdentifiers;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.ui.TextLimits;

/**
 * "Mon organisation est déjà inscrite": a person asks to join the association or company registered with its
 * identifier; its responsables answer. Saying the registration is not legitimate sends the request to the admins.
 */
@Route(value = JoinOrganizationView.ROUTE, autoLayout = false)
@AnonymousAllowed
class JoinOrganizationView extends RegistrationForm implements HasDynamicTitle {

    static final String ROUTE = "inscription/rejoindre";

    final RadioButtonGroup<OrganizationType> type = new RadioButtonGroup<>();
    final TextField identifier = requiredText("join.identifier", OrganizationIdentifiers.TYPED.max());
    final TextField name = requiredText("invitation.name", Member.NAME.max());
    final Checkbox contested = new Checkbox();
    final TextArea message = new TextArea();

    JoinOrganizationView(JoinRequestService requests) {
        type.setLabel(getTranslation("join.type"));
        type.setItems(OrganizationType.ASSOCIATION, OrganizationType.COMPANY);
        type.setItemLabelGenerator(item -> getTranslation(item.labelKey()));
        type.setValue(OrganizationType.ASSOCIATION);
        identifier.setHelperText(getTranslation("join.identifier.help"));
        TextLimits.limit(name, Member.NAME.max());
        contested.setLabel(getTranslation("join.contested"));
        message.setLabel(getTranslation("join.message"));
        TextLimits.limit(message, JoinRequestService.MESSAGE.max());
        message.setWidthFull();
        errors.bind("type", type).bind("identifier", identifier).bind("name", name).bind("message", message);
        build("join.title", "join.intro", "join.submit", type, identifier, name, contested, message);
        submit.addClickListener(click -> submit(
                () -> requests.ask(type.getValue(), identifier.getValue(), name.getValue(), credentials(), contested.getValue(),
                        message.getValue(), ClientAddress.current(), getLocale()),
                () -> {
                    card.removeAll();
                    card.add(new H2(getTranslation("join.sent.title")), new Paragraph(getTranslation("join.sent.text")),
                            new Anchor("login", getTranslation("register.back-to-login")));
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("join.title") + " · " + getTranslation("app.name");
    }
}
