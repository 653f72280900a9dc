package org.alliances.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;


import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.server.VaadinSession;
import org.alliances.TestSupport;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

/** The login page says in French why a login failed: wrong password, locked account, account not active. */
@SpringBootTest
@Import(TestSupport.class)
class LoginViewTests extends SpringBrowserlessTest {

    @Test
    void aWrongPasswordSaysSoAndWarnsOfTheLock() {
        var view = openAfterFailure(new BadCredentialsException("bad"));
        assertThat(view.login.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Connexion impossible");
        assertThat(view.texts.getErrorMessage().getMessage()).contains("bloqué 15 minutes");
    }

    @Test
    void aLockedAccountIsToldToWait() {
        var view = openAfterFailure(new LockedException("locked"));
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Compte bloqué pour 15 minutes");
    }

    @Test
    void aPendingOrDeactivatedAccountIsToldWhy() {
        var view = openAfterFailure(new DisabledException("disabled"));
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Compte inactif");
    }

    @Test
    void theFormIsInFrenchWithTheWaysToRegister() {
        var view = navigate(LoginView.class);
        assertThat(view.texts.getForm().getUsername()).isEqualTo("Adresse e-mail");
        assertThat(view.texts.getForm().getSubmit()).isEqualTo("Se connecter");
        assertThat(view.getPageTitle()).isEqualTo("Connexion · Alliances");
        assertThat(view.login.isError()).isFalse();
    }

    private LoginView openAfterFailure(Exception failure) {
        VaadinSession.getCurrent().getSession().setAttribute(WebAttributes.AUTHENTICATION_EXCEPTION, failure);
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        return (LoginView) getCurrentView();
    }
}
