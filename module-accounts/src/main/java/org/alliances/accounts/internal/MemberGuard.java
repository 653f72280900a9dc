package org.alliances.accounts.internal;

import java.util.Set;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.alliances.accounts.AccountStatus;
import org.alliances.kernel.TermsOfUse;
import org.alliances.kernel.ui.LegalLinks;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Looks at the signed-in member's account once at each navigation. It ends the session of a member whose account was
 * deactivated (or refused), who left or was removed from their organisation, whose address changed, or whose password
 * changed since the session saw it (a reset, or a change made in another session): they are logged out and sent to
 * the login page instead of working on until the session times out. And it sends a member whose account has not
 * accepted the terms of use in force (a new version, or an account made before they existed) to the page that asks
 * for it, before any page but the legal ones.
 */
@Component
class MemberGuard implements VaadinServiceInitListener {

    /** The pages a member reads before accepting the terms of use. */
    private static final Set<String> OPEN_WITHOUT_TERMS = Set.of(TermsOfUse.ACCEPT_ROUTE, LegalLinks.TERMS, LegalLinks.PRIVACY,
            LegalLinks.NOTICE, LegalLinks.ACCESSIBILITY, SecurityConfiguration.LOGIN_ROUTE.substring(1));

    private final UserAccounts accounts;
    private final AuthenticationContext authentication;

    MemberGuard(UserAccounts accounts, AuthenticationContext authentication) {
        this.accounts = accounts;
        this.authentication = authentication;
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
        var account = accounts.findByLogin(signedIn.getName());
        // gone: the address the session signed in with is no longer an account's (it was changed)
        boolean deactivated = account.map(found -> found.status() != AccountStatus.ACTIVE).orElse(true);
        boolean passwordChanged = account.map(found -> SessionCredentials.changedSinceSeen(found.credentialsChangedAt())).orElse(false);
        if (deactivated || passwordChanged) {
            // show the login page now; end the session once this navigation is done
            event.forwardTo(SecurityConfiguration.LOGIN_ROUTE.substring(1));
            event.getUI().access(authentication::logout);
        } else if (!account.get().acceptedCurrentTerms() && !OPEN_WITHOUT_TERMS.contains(event.getLocation().getPath())) {
            event.rerouteTo(TermsOfUse.ACCEPT_ROUTE);
        }
    }
}
