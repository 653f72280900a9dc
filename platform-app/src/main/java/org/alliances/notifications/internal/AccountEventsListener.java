package org.alliances.notifications.internal;

import org.alliances.accounts.Account;
import org.alliances.accounts.AccountCreated;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.AccountStatus;
import org.alliances.accounts.LocalAuthorityAccessDecided;
import org.alliances.accounts.LocalAuthorityAccessRequested;
import org.alliances.accounts.MemberJoined;
import org.alliances.accounts.MemberLeft;
import org.alliances.accounts.Membership;
import org.alliances.accounts.ResponsableNamed;
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
    void on(MemberJoined event) {
        accounts.find(event.accountId()).ifPresent(joined -> {
            var organization = organizations.find(event.organizationId()).map(Organization::name).orElse("");
            center.notify(joined.id(), NotificationKind.WELCOME, "joined:" + event.accountId() + ":" + event.organizationId(),
                    "notification.member.welcome", organization);
            responsablesBesides(event.organizationId(), joined.id()).forEach(responsable -> center.notify(responsable.id(),
                    NotificationKind.MEMBERS_CHANGED, "joined:" + event.accountId() + ":" + event.organizationId(),
                    "notification.member.joined", joined.name(), organization));
        });
    }

    @ApplicationModuleListener
    void on(MemberLeft event) {
        accounts.find(event.accountId()).ifPresent(left -> responsablesBesides(event.organizationId(), left.id())
                .forEach(responsable -> center.notify(responsable.id(), NotificationKind.MEMBERS_CHANGED,
                        "left:" + event.accountId() + ":" + event.organizationId() + ":" + left.createdAt(),
                        event.removed() ? "notification.member.removed" : "notification.member.left", left.name())));
    }

    @ApplicationModuleListener
    void on(ResponsableNamed event) {
        var organization = organizations.find(event.organizationId()).map(Organization::name).orElse("");
        center.notify(event.accountId(), NotificationKind.MEMBERS_CHANGED, "responsable:" + event.accountId() + ":" + event.organizationId(),
                "notification.member.responsable", organization);
    }

    private java.util.stream.Stream<Account> responsablesBesides(java.util.UUID organizationId, java.util.UUID accountId) {
        return accounts.activeMembersOf(organizationId).stream()
                .filter(member -> member.membership() == Membership.RESPONSABLE && !member.id().equals(accountId));
    }

    @ApplicationModuleListener
    void on(AccountCreated event) {
        if (event.status() == AccountStatus.ACTIVE && !Roles.ADMIN.equals(event.role())) {
            center.notify(event.accountId(), NotificationKind.WELCOME, "welcome:" + event.accountId(), "notification.welcome");
        }
    }
}
