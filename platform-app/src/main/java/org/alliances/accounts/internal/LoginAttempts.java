package org.alliances.accounts.internal;

import java.time.Clock;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Counts failed logins: the fifth in a row locks the account for 15 minutes; a success resets the count. */
@Component
class LoginAttempts {

    private final UserAccounts accounts;
    private final Clock clock;

    LoginAttempts(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    public void on(AuthenticationFailureBadCredentialsEvent event) {
        accounts.findByLogin(event.getAuthentication().getName())
                .ifPresent(account -> account.recordFailedLogin(clock.instant()));
    }

    @EventListener
    @Transactional
    public void on(AuthenticationSuccessEvent event) {
        accounts.findByLogin(event.getAuthentication().getName())
                .ifPresent(account -> account.recordSuccessfulLogin(clock.instant()));
    }
}
