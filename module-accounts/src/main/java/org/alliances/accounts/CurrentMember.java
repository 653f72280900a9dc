package org.alliances.accounts;

import java.util.Optional;

import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.OrganizationService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Tells who is signed in, for views and services that act on behalf of the member's organisation. Only an active
 * member is: one who left or was removed (in a session still open) acts for the organisation no more.
 */
@Component
public class CurrentMember {

    private final UserAccounts accounts;
    private final OrganizationService organizations;

    CurrentMember(UserAccounts accounts, OrganizationService organizations) {
        this.accounts = accounts;
        this.organizations = organizations;
    }

    public Optional<SignedInMember> get() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated() || authentication.getName() == null) {
            return Optional.empty();
        }
        return accounts.findByLogin(authentication.getName()).filter(account -> account.status() == AccountStatus.ACTIVE)
                .flatMap(account -> organizations.find(account.organizationId())
                        .map(organization -> new SignedInMember(account.id(), account.email(), account.role(), organization,
                                account.toAccount().name(), account.membership(), account.emailProven(), account.previousLoginAt())));
    }

    public SignedInMember require() {
        return get().orElseThrow(() -> new IllegalStateException("No member is signed in"));
    }
}
