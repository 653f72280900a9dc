package org.alliances.accounts.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.alliances.accounts.AccountService;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.CommunePicker;

/** An association joins: its name, its RNA number or SIREN, its commune, and its first member's credentials. */
@Route(value = "inscription/association", autoLayout = false)
@PageTitle("Inscrire une association")
@AnonymousAllowed
class RegisterAssociationView extends RegistrationForm {

    final TextField name = new TextField();
    final TextField identifier = new TextField();
    final CommunePicker commune;

    RegisterAssociationView(AccountService accounts, Territories territories) {
        commune = new CommunePicker(getTranslation("register.association.commune"), territories);
        name.setLabel(getTranslation("register.association.name"));
        name.setRequiredIndicatorVisible(true);
        name.setWidthFull();
        identifier.setLabel(getTranslation("register.association.identifier"));
        identifier.setHelperText(getTranslation("register.association.identifier.help"));
        identifier.setRequiredIndicatorVisible(true);
        identifier.setWidthFull();
        commune.setRequiredIndicatorVisible(true);
        errors.bind("name", name).bind("identifier", identifier).bind("commune", commune);
        build("register.association.title", "register.association.intro", "register.submit", name, identifier, commune);
        submit.addClickListener(click -> submit(
                () -> accounts.register(OrganizationRegistration.association(name.getValue(), identifier.getValue(),
                        commune.getValue() == null ? null : commune.getValue().code()), credentials()),
                account -> goToLogin()));
    }
}
