package org.alliances.accounts.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;

import org.alliances.accounts.Member;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.CurrentMember;
import org.alliances.accounts.EmailVerification;
import org.alliances.accounts.internal.ClientAddress;
import org.alliances.accounts.internal.PasswordPolicy;
import org.alliances.accounts.internal.SessionCredentials;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationProfile;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.CommunePicker;
import org.alliances.kernel.ui.FieldErrors;
import org.alliances.kernel.ui.SectorPicker;
import org.alliances.kernel.ui.SizeBandPicker;
import org.alliances.kernel.ui.TextLimits;

/**
 * "Mon compte": a member changes their password or their e-mail address, finds the organisation's members, and an
 * association or a company keeps its profile up to date.
 */
@Route("mon-compte")
@Menu(title = "menu.account", order = 85, icon = "vaadin:user")
@PermitAll
class MyAccountView extends VerticalLayout implements HasDynamicTitle {

    final TextField name = new TextField();
    final CommunePicker commune;
    final SectorPicker sector = new SectorPicker(getTranslation("register.company.sector"));
    final SizeBandPicker sizeBand = new SizeBandPicker(getTranslation("register.company.size"));
    final Button saveOrganization = new Button();
    final PasswordField currentPassword = new PasswordField();
    final PasswordField newPassword = new PasswordField();
    final PasswordField confirmation = new PasswordField();
    final Button savePassword = new Button();
    final TextField newEmail = new TextField();
    final PasswordField emailPassword = new PasswordField();
    final Button changeEmail = new Button();

    private final FieldErrors organizationErrors = new FieldErrors();
    private final FieldErrors passwordErrors = new FieldErrors();

    MyAccountView(AccountService accounts, CurrentMember currentMember, Territories territories, EmailVerification verification) {
        addClassName("page");
        var member = currentMember.require();
        var organization = member.organization();
        commune = new CommunePicker(getTranslation("account.organization.commune"), territories);
        add(new H1(getTranslation("account.title")), new Paragraph(getTranslation("account.intro", member.email())),
                new Paragraph(new Anchor(MembersView.ROUTE, getTranslation("account.members.link"))),
                new Paragraph(new Anchor("mes-donnees", getTranslation("account.my-data"))));
        if (!org.alliances.kernel.Roles.ADMIN.equals(member.role())) {
            add(new Paragraph(new Anchor("contenus-masques", getTranslation("account.hidden-contents"))));
        }

        if (organization.type() == OrganizationType.ASSOCIATION || organization.type() == OrganizationType.COMPANY) {
            boolean company = organization.type() == OrganizationType.COMPANY;
            name.setLabel(getTranslation("account.organization.name"));
            name.setValue(organization.name());
            name.setRequiredIndicatorVisible(true);
            TextLimits.limit(name, OrganizationProfile.NAME.max());
            commune.selectCode(organization.communeCode(), territories);
            commune.setRequiredIndicatorVisible(true);
            sector.setValue(organization.sector());
            sector.setVisible(company);
            sizeBand.setValue(organization.sizeBand());
            sizeBand.setVisible(company);
            organizationErrors.bind("name", name).bind("commune", commune).bind("sector", sector).bind("sizeBand", sizeBand);
            saveOrganization.setText(getTranslation("account.organization.save"));
            saveOrganization.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            saveOrganization.addClickListener(click -> {
                organizationErrors.clear();
                try {
                    accounts.updateMyOrganization(new OrganizationProfile(name.getValue(),
                            commune.getValue() == null ? null : commune.getValue().code(), sector.getValue(), sizeBand.getValue()));
                    Notification.show(getTranslation("account.organization.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } catch (InvalidInputException problems) {
                    organizationErrors.show(problems, this);
                }
            });
            var form = new FormLayout(name, commune, sector, sizeBand);
            add(new Section(new H2(getTranslation("account.organization")), new Paragraph(getTranslation("account.organization.identifier",
                    getTranslation(organization.type().labelKey()), organization.identifier())), form, saveOrganization));
        }

        currentPassword.setLabel(getTranslation("account.password.current"));
        newPassword.setLabel(getTranslation("account.password.new"));
        newPassword.setHelperText(getTranslation("register.password.help"));
        confirmation.setLabel(getTranslation("register.password.confirm"));
        for (var field : List.of(currentPassword, newPassword, confirmation, emailPassword)) {
            TextLimits.limit(field, PasswordPolicy.MAX_LENGTH);
        }
        passwordErrors.bind("currentPassword", currentPassword).bind("password", newPassword).bind("confirmation", confirmation);
        savePassword.setText(getTranslation("account.password.save"));
        savePassword.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        savePassword.addClickListener(click -> {
            passwordErrors.clear();
            try {
                SessionCredentials.accept(accounts.changeMyPassword(currentPassword.getValue(), newPassword.getValue(), confirmation.getValue()));
                currentPassword.clear();
                newPassword.clear();
                confirmation.clear();
                Notification.show(getTranslation("account.password.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (InvalidInputException problems) {
                passwordErrors.show(problems, this);
            }
        });
        add(new Section(new H2(getTranslation("account.password")), new FormLayout(currentPassword, newPassword, confirmation), savePassword));
        addEmailChange(verification);
    }

    /** A new address, with the password: it replaces the old one once the link sent there is followed. */
    private void addEmailChange(EmailVerification verification) {
        newEmail.setLabel(getTranslation("email-change.new"));
        TextLimits.limit(newEmail, Member.EMAIL.max());
        emailPassword.setLabel(getTranslation("account.password.current"));
        var errors = new FieldErrors().bind("newEmail", newEmail).bind("changePassword", emailPassword);
        changeEmail.setText(getTranslation("email-change.submit"));
        changeEmail.addClickListener(click -> {
            errors.clear();
            try {
                verification.askChange(newEmail.getValue(), emailPassword.getValue(), ClientAddress.current(), getLocale());
                Notification.show(getTranslation("email-change.sent", newEmail.getValue().strip()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                newEmail.clear();
                emailPassword.clear();
            } catch (InvalidInputException problems) {
                errors.show(problems, this);
            }
        });
        add(new Section(new H2(getTranslation("email-change.title")), new Paragraph(getTranslation("email-change.intro")),
                new FormLayout(newEmail, emailPassword), changeEmail));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.account") + " · " + getTranslation("app.name");
    }
}
