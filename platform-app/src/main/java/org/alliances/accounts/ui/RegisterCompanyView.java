package org.alliances.accounts.ui;

import java.util.Arrays;
import java.util.Comparator;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.alliances.accounts.AccountService;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.Sector;
import org.alliances.kernel.SizeBand;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.CommunePicker;

/** A company joins: its name, its SIREN (checked), its commune, sector and size, and its first member's credentials. */
@Route(value = "inscription/entreprise", autoLayout = false)
@AnonymousAllowed
class RegisterCompanyView extends RegistrationForm implements HasDynamicTitle {

    final TextField name = requiredText("register.company.name");
    final TextField siren = requiredText("register.company.siren");
    final CommunePicker commune;
    final ComboBox<Sector> sector = new ComboBox<>();
    final Select<SizeBand> sizeBand = new Select<>();

    RegisterCompanyView(AccountService accounts, Territories territories) {
        commune = new CommunePicker(getTranslation("register.company.commune"), territories);
        siren.setHelperText(getTranslation("register.company.siren.help"));
        commune.setRequiredIndicatorVisible(true);
        sector.setLabel(getTranslation("register.company.sector"));
        sector.setItems(Arrays.stream(Sector.values())
                .sorted(Comparator.comparing(s -> getTranslation(s.labelKey()))).toList());
        sector.setItemLabelGenerator(s -> getTranslation(s.labelKey()));
        sector.setRequiredIndicatorVisible(true);
        sector.setWidthFull();
        sizeBand.setLabel(getTranslation("register.company.size"));
        sizeBand.setItems(SizeBand.values());
        sizeBand.setItemLabelGenerator(s -> s == null ? "" : getTranslation(s.labelKey()));
        sizeBand.setRequiredIndicatorVisible(true);
        sizeBand.setWidthFull();
        errors.bind("name", name).bind("identifier", siren).bind("commune", commune).bind("sector", sector)
                .bind("sizeBand", sizeBand);
        build("register.company.title", "register.company.intro", "register.submit", name, siren, commune, sector, sizeBand);
        submit.addClickListener(click -> submit(
                () -> accounts.register(OrganizationRegistration.company(name.getValue(), siren.getValue(),
                        commune.getValue() == null ? null : commune.getValue().code(), sector.getValue(),
                        sizeBand.getValue()), credentials()),
                account -> goToLogin()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.register.company") + " · " + getTranslation("app.name");
    }
}
