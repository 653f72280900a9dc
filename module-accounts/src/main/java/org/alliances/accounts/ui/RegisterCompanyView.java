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
import org.alliances.kernel.ui.SectorPicker;
import org.alliances.kernel.ui.SizeBandPicker;

/** A company joins: its name, its SIREN (checked), its commune, sector and size, and its first member's credentials. */
@Route(value = "inscription/entreprise", autoLayout = false)
@AnonymousAllowed
class RegisterCompanyView extends RegistrationForm implements HasDynamicTitle {

    final TextField name = requiredText("register.company.name", OrganizationProfile.NAME.max());
    final TextField siren = requiredText("register.company.siren", OrganizationIdentifiers.TYPED.max());
    final CommunePicker commune;
    final SectorPicker sector = new SectorPicker(getTranslation("register.company.sector"));
    final SizeBandPicker sizeBand = new SizeBandPicker(getTranslation("register.company.size"));

    RegisterCompanyView(AccountService accounts, Territories territories) {
        commune = new CommunePicker(getTranslation("register.company.commune"), territories);
        siren.setHelperText(getTranslation("register.company.siren.help"));
        commune.setRequiredIndicatorVisible(true);
        sector.setRequiredIndicatorVisible(true);
        sizeBand.setRequiredIndicatorVisible(true);
        errors.bind("name", name).bind("identifier", siren).bind("commune", commune).bind("sector", sector)
                .bind("sizeBand", sizeBand);
        build("register.company.title", "register.company.intro", "register.submit", name, siren, commune, sector, sizeBand);
        submit.addClickListener(click -> submit(
                () -> accounts.signUp(OrganizationRegistration.company(name.getValue(), siren.getValue(),
                        commune.getValue() == null ? null : commune.getValue().code(), sector.getValue(),
                        sizeBand.getValue()), credentials(), ClientAddress.current(), getLocale()),
                () -> goToLogin()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.register.company") + " · " + getTranslation("app.name");
    }
}
