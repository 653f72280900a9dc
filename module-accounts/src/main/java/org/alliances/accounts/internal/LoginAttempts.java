package org.alliances.accounts.internal;

import java.time.Clock;

import org.alliances.kernel.runtime.SecurityLog;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Tells the login throttle and the security log of each failure and success, and keeps when a member last signed in. */
@Component
class LoginAttempts {

    private final UserAccounts accounts;
    private final LoginThrottle throttle;
    private final SecurityLog securityLog;
    private final Clock clock;

    LoginAttempts(UserAccounts accounts, LoginThrottle throttle, SecurityLog securityLog, Clock clock) {
        this.accounts = accounts;
        this.securityLog = securityLog;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** An inactive account (pending, refused, deactivated, left) gave its right password. */
    @EventListener
    public void on(org.springframework.security.authentication.event.AuthenticationFailureDisabledEvent event) {
        securityLog.event("sign-in-inactive", accounts.findByLogin(event.getAuthentication().getName()).map(UserAccount::id).orElse(null),
                client(event.getAuthentication()));
    }

    @EventListener
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        var client = client(event.getAuthentication());
        throttle.failed(event.getAuthentication().getName(), client);
        securityLog.event("sign-in-failed", accounts.findByLogin(event.getAuthentication().getName()).map(UserAccount::id).orElse(null), client);
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        throttle.succeeded(event.getAuthentication().getName(), client(event.getAuthentication()));
        accounts.findByLogin(event.getAuthentication().getName()).ifPresent(account -> {
            accounts.recordSuccessfulLogin(account.id(), clock.instant());
            securityLog.event("sign-in", account.id(), client(event.getAuthentication()));
        });
    }

    private static String client(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }
}
