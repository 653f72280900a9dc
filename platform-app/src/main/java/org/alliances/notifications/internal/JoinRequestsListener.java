package org.alliances.notifications.internal;

import java.util.UUID;

import org.alliances.accounts.AccountService;
import org.alliances.accounts.JoinRequestDecided;
import org.alliances.accounts.JoinRequestEscalated;
import org.alliances.accounts.JoinRequested;
import org.alliances.accounts.Membership;
import org.alliances.accounts.OrganizationHandedOver;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.notifications.NotificationCenter;
import org.alliances.notifications.NotificationKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells who must answer a request to join an organisation (its responsables, the admins when they decide) and the
 * person who asked, once answered. Each notification is keyed by its event, so a redelivery adds nothing.
 */
@Component
class JoinRequestsListener {

    private final NotificationCenter center;
    private final AccountService accounts;
    private final OrganizationService organizations;

    JoinRequestsListener(NotificationCenter center, AccountService accounts, OrganizationService organizations) {
        this.center = center;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(JoinRequested event) {
        var name = nameOf(event.organizationId());
        if (event.toResponsables()) {
            accounts.activeMembersOf(event.organizationId()).stream().filter(member -> member.membership() == Membership.RESPONSABLE)
                    .forEach(responsable -> center.notify(responsable.id(), NotificationKind.JOIN_REQUESTS,
                            "join-requested:" + event.requestId(), "notification.join.requested", name));
        }
        if (event.toAdmins()) {
            toAdmins(event.requestId(), name);
        }
    }

    @ApplicationModuleListener
    void on(JoinRequestEscalated event) {
        toAdmins(event.requestId(), nameOf(event.organizationId()));
    }

    @ApplicationModuleListener
    void on(JoinRequestDecided event) {
        var name = nameOf(event.organizationId());
        accounts.find(event.accountId()).ifPresent(asker -> center.notify(asker.id(), NotificationKind.JOIN_REQUESTS,
                "join-decided:" + event.requestId(),
                event.accepted() ? "notification.join.decided.accepted" : "notification.join.decided.refused", name,
                asker.refusalReason() == null ? "" : asker.refusalReason()));
    }

    @ApplicationModuleListener
    void on(OrganizationHandedOver event) {
        center.notify(event.accountId(), NotificationKind.JOIN_REQUESTS, "handed-over:" + event.organizationId() + ":" + event.accountId(),
                "notification.join.handed-over", nameOf(event.organizationId()));
    }

    private void toAdmins(UUID requestId, String organization) {
        accounts.activeAdmins().forEach(admin -> center.notify(admin.id(), NotificationKind.JOIN_REQUESTS,
                "join-to-admins:" + requestId, "notification.join.to-admins", organization));
    }

    private String nameOf(UUID organizationId) {
        return organizations.find(organizationId).map(Organization::name).orElse("");
    }
}
