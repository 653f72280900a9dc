package org.alliances.accounts.internal;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.alliances.accounts.AccountStatus;
import org.alliances.kernel.TermsOfUse;
import org.alliances.kernel.ui.LegalLinks;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Sends a signed-in member whose account has not accepted the terms of use in force (a new version, or an account made
 * before they existed) to the page that asks for it, before any other page; the legal pages stay readable.
 */
@Component
class TermsGuard implements VaadinServiceInitListener {

    private final UserAccounts accounts;

    TermsGuard(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::check));
    }

    private void check(BeforeEnterEvent event) {
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn == null || !signedIn.isAuthenticated() || signedIn.getName() == null
                || signedIn instanceof AnonymousAuthenticationToken) {
            return;
        }
        var path = event.getLocation().getPath();
        if (path.equals(TermsOfUse.ACCEPT_ROUTE) || path.equals(LegalLinks.TERMS) || path.equals(LegalLinks.PRIVACY)
                || path.equals(LegalLinks.NOTICE) || path.equals(LegalLinks.ACCESSIBILITY) || path.equals("login")) {
            return;
        }
        accounts.findByLogin(signedIn.getName())
                .filter(account -> account.status() == AccountStatus.ACTIVE && !account.acceptedCurrentTerms())
                .ifPresent(account -> event.rerouteTo(TermsOfUse.ACCEPT_ROUTE));
    }
}
