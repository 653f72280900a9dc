package org.alliances.notifications.internal;

import org.alliances.accounts.AccountCreated;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.AccountStatus;
import org.alliances.accounts.LocalAuthorityAccessDecided;
import org.alliances.accounts.LocalAuthorityAccessRequested;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.Roles;
import org.alliances.notifications.NotificationCenter;
import org.alliances.notifications.NotificationKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Turns the accounts module's events into notifications; each is keyed by its event, so a redelivery adds nothing. */
@Component
class AccountEventsListener {

    private final NotificationCenter center;
    private final AccountService accounts;
    private final OrganizationService organizations;

    AccountEventsListener(NotificationCenter center, AccountService accounts, OrganizationService organizations) {
        this.center = center;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(LocalAuthorityAccessRequested event) {
        var name = organizations.find(event.organizationId()).map(Organization::name).orElse(event.territoryCode());
        accounts.activeAdmins().forEach(admin -> center.notify(admin.id(), NotificationKind.ACCESS_REQUESTED,
                "access-requested:" + event.accountId(), "notification.access.requested", name));
    }

    @ApplicationModuleListener
    void on(LocalAuthorityAccessDecided event) {
        var name = organizations.find(event.organizationId()).map(Organization::name).orElse("");
        accounts.find(event.accountId()).ifPresent(account -> center.notify(account.id(), NotificationKind.ACCESS_DECIDED,
                "access-decided:" + event.accountId(),
                event.approved() ? "notification.access.approved" : "notification.access.refused",
                name, account.refusalReason() == null ? "" : account.refusalReason()));
    }

    @ApplicationModuleListener
    void on(AccountCreated event) {
        if (event.status() == AccountStatus.ACTIVE && !Roles.ADMIN.equals(event.role())) {
            center.notify(event.accountId(), NotificationKind.WELCOME, "welcome:" + event.accountId(), "notification.welcome");
        }
    }
}
