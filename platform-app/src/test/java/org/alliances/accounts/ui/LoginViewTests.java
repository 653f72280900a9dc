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
import org.alliances.accounts.internal.LoginThrottle;
import org.springframework.security.web.WebAttributes;

/** The login page says in French why a login failed, revealing nothing of an account before its password is right. */
@SpringBootTest
@Import(TestSupport.class)
class LoginViewTests extends SpringBrowserlessTest {

    @Test
    void everyFailureBeforeTheRightPasswordSaysTheSame() {
        var view = openAfterFailure(new BadCredentialsException("bad"));
        assertThat(view.login.isError()).isTrue();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Connexion impossible");
        assertThat(view.texts.getErrorMessage().getMessage()).contains("ou ce compte ne peut pas se connecter");
    }

    @Test
    void aClientThatMustWaitIsToldHowLong() {
        VaadinSession.getCurrent().getSession().setAttribute(LoginThrottle.WAIT_SECONDS, 8L);
        com.vaadin.flow.component.UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        var view = (LoginView) getCurrentView();
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Trop d'essais");
        assertThat(view.texts.getErrorMessage().getMessage()).contains("réessayez dans 8 seconde(s)");
    }

    @Test
    void anInactiveAccountGivenItsRightPasswordIsToldWhy() {
        var view = openAfterFailure(new DisabledException("PENDING_APPROVAL"));
        assertThat(view.texts.getErrorMessage().getTitle()).isEqualTo("Compte inactif");
        assertThat(view.texts.getErrorMessage().getMessage()).contains("attend la validation");
        view = openAfterFailure(new DisabledException("LEFT"));
        assertThat(view.texts.getErrorMessage().getMessage()).contains("ne fait plus partie");
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
