package org.alliances.accounts.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.alliances.kernel.ui.LegalLinks;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.web.WebAttributes;

import org.alliances.accounts.internal.LoginThrottle;
import org.alliances.kernel.ui.LanguageSwitch;

/** Where members log in, and where visitors find the way to register. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final LoginForm login = new LoginForm();
    final Paragraph notice = new Paragraph();
    /** The texts the form shows now (the form itself gives no access to them). */
    LoginI18n texts;

    LoginView() {
        addClassName("anonymous-page");
        setPadding(false);
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);
        var card = new Div();
        card.addClassName("form-card");
        notice.setVisible(false);
        notice.addClassName("notice");
        card.add(new H1(getTranslation("app.name")), new Paragraph(getTranslation("login.tagline")), notice, login,
                link("mot-de-passe-oublie", "login.forgot"),
                new Paragraph(getTranslation("login.new")),
                link("inscription/association", "login.register.association"),
                link("inscription/entreprise", "login.register.company"),
                link("inscription/collectivite", "login.register.authority"),
                link("partenariats", "login.typology"),
                link("donnees-ouvertes", "login.open-data"), new LegalLinks());
        add(new LanguageSwitch(), card);
        show(getTranslation("login.error.title"), getTranslation("login.error.message"));
    }

    private void show(String errorTitle, String errorMessage) {
        texts = i18n(errorTitle, errorMessage);
        login.setI18n(texts);
    }

    private Paragraph link(String href, String key) {
        return new Paragraph(new Anchor(href, getTranslation(key)));
    }

    private LoginI18n i18n(String errorTitle, String errorMessage) {
        var i18n = LoginI18n.createDefault();
        var form = new LoginI18n.Form();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.email"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword("");
        i18n.setForm(form);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(errorTitle);
        error.setMessage(errorMessage);
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            if (sessionAttribute(LoginThrottle.WAIT_SECONDS) instanceof Long seconds) {
                removeSessionAttribute(LoginThrottle.WAIT_SECONDS);
                show(getTranslation("login.wait.title"), getTranslation("login.wait.message", seconds));
            } else if (sessionAttribute(WebAttributes.AUTHENTICATION_EXCEPTION) instanceof DisabledException inactive) {
                // said only once the password was right: it reveals nothing to who does not know it
                var status = inactive.getMessage();
                show(getTranslation("login.disabled.title"), getTranslation("login.disabled." + status));
            }
            login.setError(true);
        }
        if (parameters.containsKey("registered")) {
            notice.setText(getTranslation("login.registered"));
            notice.setVisible(true);
            Notification.show(getTranslation("login.registered")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        }
        if (parameters.containsKey("joined")) {
            notice.setText(getTranslation("login.joined"));
            notice.setVisible(true);
        }
        if (parameters.containsKey("email-changed")) {
            notice.setText(getTranslation("login.email-changed"));
            notice.setVisible(true);
        }
    }

    private static Object sessionAttribute(String name) {
        var request = VaadinServletRequest.getCurrent();
        if (request == null || request.getHttpServletRequest().getSession(false) == null) {
            return null;
        }
        return request.getHttpServletRequest().getSession(false).getAttribute(name);
    }

    private static void removeSessionAttribute(String name) {
        var request = VaadinServletRequest.getCurrent();
        if (request != null && request.getHttpServletRequest().getSession(false) != null) {
            request.getHttpServletRequest().getSession(false).removeAttribute(name);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.login") + " · " + getTranslation("app.name");
    }
}
