package org.alliances.accounts.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import org.alliances.accounts.internal.ClientAddress;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.ui.TerritoryPicker;

/**
 * An agent asks for an account for a commune, an EPCI, a département or a région; an admin approves it before
 * it can be used.
 */
@Route(value = "inscription/collectivite", autoLayout = false)
@AnonymousAllowed
class LocalAuthorityRequestView extends RegistrationForm implements HasDynamicTitle {

    final TerritoryPicker territory;

    LocalAuthorityRequestView(AccountService accounts, Territories territories) {
        territory = new TerritoryPicker(getTranslation("register.authority.territory"), territories,
                List.of(TerritoryLevel.values()));
        territory.setRequiredIndicatorVisible(true);
        territory.setHelperText(getTranslation("register.authority.territory.help"));
        errors.bind("territory", territory);
        email.setHelperText(getTranslation("register.authority.email.help"));
        build("register.authority.title", "register.authority.intro", "register.authority.submit", territory);
        submit.addClickListener(click -> submit(
                () -> accounts.signUpLocalAuthority(territory.getValue(), credentials(), ClientAddress.current(), getLocale()),
                () -> {
                    card.removeAll();
                    card.add(new H2(getTranslation("register.authority.sent.title")),
                            new Paragraph(getTranslation("register.authority.sent.text", territory.getValue().name())),
                            new Anchor("login", getTranslation("register.back-to-login")));
                }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.register.authority") + " · " + getTranslation("app.name");
    }
}
