package org.alliances.accounts.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the login throttle of each failure and success, and keeps when a member last signed in. */
@Component
class LoginAttempts {

    private final UserAccounts accounts;
    private final LoginThrottle throttle;
    private final Clock clock;

    LoginAttempts(UserAccounts accounts, LoginThrottle throttle, Clock clock) {
        this.accounts = accounts;
        this.throttle = throttle;
        this.clock = clock;
    }

    @EventListener
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        throttle.failed(event.getAuthentication().getName(), client(event.getAuthentication()));
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName(), client(event.getAuthentication()));
        accounts.findByLogin(event.getAuthentication().getName())
                .ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
    }

    private static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
