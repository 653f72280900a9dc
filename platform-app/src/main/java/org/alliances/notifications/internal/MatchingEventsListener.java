package org.alliances.notifications.internal;

import org.alliances.accounts.AccountService;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.matching.InterestDeclined;
import org.alliances.matching.InterestExpressed;
import org.alliances.matching.InterestLapsed;
import org.alliances.matching.InterestWithdrawn;
import org.alliances.matching.InterestLeftUnanswered;
import org.alliances.matching.MatchConfirmed;
import org.alliances.matching.NeedClosed;
import org.alliances.matching.NeedExpiryAnnounced;
import org.alliances.matching.NeedStatus;
import org.alliances.notifications.NotificationCenter;
import org.alliances.notifications.NotificationKind;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the members of an association that a company is interested in one of its needs (and recalls it when the
 * interest waits), that a need will expire or expired; tells the members of the company what the association
 * answered, or that the interest lapsed. Keyed by the event's subject, so a redelivered event adds nothing.
 */
@Component
class MatchingEventsListener {

    private final NotificationCenter center;
    private final AccountService accounts;
    private final OrganizationService organizations;

    MatchingEventsListener(NotificationCenter center, AccountService accounts, OrganizationService organizations) {
        this.center = center;
        this.accounts = accounts;
        this.organizations = organizations;
    }

    @ApplicationModuleListener
    void on(InterestExpressed event) {
        var company = nameOf(organizations, event.companyId());
        accounts.activeMembersOf(event.associationId()).forEach(member -> center.notify(member.id(), NotificationKind.INTEREST_RECEIVED,
                "interest-expressed:" + event.interestId(), "notification.interest.received", company));
    }

    @ApplicationModuleListener
    void on(MatchConfirmed event) {
        var association = nameOf(organizations, event.associationId());
        accounts.activeMembersOf(event.companyId()).forEach(member -> center.notify(member.id(), NotificationKind.INTEREST_ANSWERED,
                "interest-answered:" + event.interestId(), "notification.interest.accepted", association));
    }

    @ApplicationModuleListener
    void on(InterestDeclined event) {
        var association = nameOf(organizations, event.associationId());
        accounts.activeMembersOf(event.companyId()).forEach(member -> center.notify(member.id(), NotificationKind.INTEREST_ANSWERED,
                "interest-answered:" + event.interestId(), "notification.interest.declined", association));
    }

    @ApplicationModuleListener
    void on(InterestLeftUnanswered event) {
        var company = nameOf(organizations, event.companyId());
        accounts.activeMembersOf(event.associationId()).forEach(member -> center.notify(member.id(), NotificationKind.INTEREST_RECEIVED,
                "interest-reminder:" + event.interestId(), "notification.interest.reminder", company, String.valueOf(event.daysWaiting())));
    }

    @ApplicationModuleListener
    void on(InterestLapsed event) {
        var association = nameOf(organizations, event.associationId());
        accounts.activeMembersOf(event.companyId()).forEach(member -> center.notify(member.id(), NotificationKind.INTEREST_ANSWERED,
                "interest-answered:" + event.interestId(), "notification.interest.lapsed", association));
    }

    @ApplicationModuleListener
    void on(NeedExpiryAnnounced event) {
        var date = event.expiresOn().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        accounts.activeMembersOf(event.organizationId()).forEach(member -> center.notify(member.id(), NotificationKind.NEED_EXPIRY,
                "need-expiring:" + event.needId() + ":" + event.expiresOn(), "notification.need.expiring", date));
    }

    @ApplicationModuleListener
    void on(NeedClosed event) {
        if (event.status() != NeedStatus.EXPIRED) {
            return;
        }
        accounts.activeMembersOf(event.organizationId()).forEach(member -> center.notify(member.id(), NotificationKind.NEED_EXPIRY,
                "need-expired:" + event.needId(), "notification.need.expired"));
    }

    @ApplicationModuleListener
    void on(InterestWithdrawn event) {
        var other = event.deletedOrganizationId().equals(event.associationId()) ? event.companyId() : event.associationId();
        accounts.activeMembersOf(other).forEach(member -> center.notify(member.id(), NotificationKind.INTEREST_ANSWERED,
                "interest-withdrawn:" + event.interestId(), "notification.interest.withdrawn"));
    }

    private static String nameOf(OrganizationService organizations, java.util.UUID id) {
        return organizations.find(id).map(Organization::name).orElse("");
    }
}
