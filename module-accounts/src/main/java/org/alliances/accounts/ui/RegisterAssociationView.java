package org.alliances.accounts.ui;

import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.alliances.accounts.internal.ClientAddress;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.OrganizationIdentifiers;
import org.alliances.kernel.OrganizationProfile;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.CommunePicker;

/** An association joins: its name, its RNA number or SIREN, its commune, and its first member's credentials. */
@Route(value = "inscription/association", autoLayout = false)
@AnonymousAllowed
class RegisterAssociationView extends RegistrationForm implements HasDynamicTitle {

    final TextField name = requiredText("register.association.name", OrganizationProfile.NAME.max());
    final TextField identifier = requiredText("register.association.identifier", OrganizationIdentifiers.TYPED.max());
    final CommunePicker commune;

    RegisterAssociationView(AccountService accounts, Territories territories) {
        commune = new CommunePicker(getTranslation("register.association.commune"), territories);
        identifier.setHelperText(getTranslation("register.association.identifier.help"));
        commune.setRequiredIndicatorVisible(true);
        errors.bind("name", name).bind("identifier", identifier).bind("commune", commune);
        build("register.association.title", "register.association.intro", "register.submit", name, identifier, commune);
        submit.addClickListener(click -> submit(
                () -> accounts.signUp(OrganizationRegistration.association(name.getValue(), identifier.getValue(),
                        commune.getValue() == null ? null : commune.getValue().code()), credentials(), ClientAddress.current(), getLocale()),
                () -> goToLogin()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.register.association") + " · " + getTranslation("app.name");
    }
}
