package org.alliances.notifications.internal;

import java.util.UUID;

import org.alliances.accounts.AccountService;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.notifications.NotificationCenter;
import org.alliances.notifications.NotificationKind;
import org.alliances.partnerships.Origin;
import org.alliances.partnerships.PartnershipLeftIdle;
import org.alliances.partnerships.PartnershipModelEvolved;
import org.alliances.partnerships.PartnershipStageChanged;
import org.alliances.partnerships.PartnershipStarted;
import org.alliances.partnerships.Stage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the partners of a partnership what the other one did (opened, confirmed, moved on, evolved, closed: give your
 * outcome) and reminds both when it has been quiet for too long. Keyed by the event's subject, so a redelivered event
 * adds nothing.
 */
@Component
class PartnershipEventsListener {

    private final NotificationCenter center;
    private final AccountService accounts;
    private final OrganizationService organizations;

    PartnershipEventsListener(NotificationCenter center, AccountService accounts, OrganizationService organizations) {
        this.center = center;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(PartnershipStarted event) {
        if (event.origin() == Origin.MATCH) {
            tell(event.associationId(), event.companyId(), NotificationKind.PARTNERSHIP_CHANGED, "partnership-opened:" + event.partnershipId(),
                    "notification.partnership.opened");
            tell(event.companyId(), event.associationId(), NotificationKind.PARTNERSHIP_CHANGED, "partnership-opened:" + event.partnershipId(),
                    "notification.partnership.opened");
        } else {
            var invited = event.declaredBy().equals(event.associationId()) ? event.companyId() : event.associationId();
            tell(invited, event.declaredBy(), NotificationKind.PARTNERSHIP_ACTION_NEEDED, "partnership-proposed:" + event.partnershipId(),
                    "notification.partnership.proposed");
        }
    }

    @ApplicationModuleListener
    void on(PartnershipStageChanged event) {
        var other = event.changedBy().equals(event.associationId()) ? event.companyId() : event.associationId();
        var source = "partnership-stage:" + event.partnershipId() + ":" + event.to() + ":" + event.changedAt().toEpochMilli();
        if (event.from() == Stage.PROPOSED) {
            tell(other, event.changedBy(), NotificationKind.PARTNERSHIP_CHANGED, source,
                    event.to() == Stage.DECLINED ? "notification.partnership.declined" : "notification.partnership.confirmed");
        } else if (event.to() == Stage.ENDED) {
            tell(other, event.changedBy(), NotificationKind.PARTNERSHIP_ACTION_NEEDED, source, "notification.partnership.ended");
        } else {
            tell(other, event.changedBy(), NotificationKind.PARTNERSHIP_CHANGED, source, "notification.partnership.moved");
        }
    }

    @ApplicationModuleListener
    void on(PartnershipModelEvolved event) {
        var other = event.changedBy().equals(event.associationId()) ? event.companyId() : event.associationId();
        tell(other, event.changedBy(), NotificationKind.PARTNERSHIP_CHANGED,
                "partnership-model:" + event.partnershipId() + ":" + event.evolvedAt().toEpochMilli(), "notification.partnership.evolved");
    }

    @ApplicationModuleListener
    void on(PartnershipLeftIdle event) {
        var days = String.valueOf(event.daysIdle());
        var source = "partnership-idle:" + event.partnershipId() + ":" + event.daysIdle();
        tell(event.associationId(), event.companyId(), NotificationKind.PARTNERSHIP_ACTION_NEEDED, source, "notification.partnership.idle", days);
        tell(event.companyId(), event.associationId(), NotificationKind.PARTNERSHIP_ACTION_NEEDED, source, "notification.partnership.idle", days);
    }

    private void tell(UUID organizationId, UUID partnerId, NotificationKind kind, String source, String messageKey, String... more) {
        var partner = organizations.find(partnerId).map(Organization::name).orElse("");
        var arguments = new String[more.length + 1];
        arguments[0] = partner;
        System.arraycopy(more, 0, arguments, 1, more.length);
        accounts.activeMembersOf(organizationId).forEach(member -> center.notify(member.id(), kind, source, messageKey, arguments));
    }
}
