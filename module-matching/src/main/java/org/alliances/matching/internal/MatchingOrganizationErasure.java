package org.alliances.matching.internal;

import java.time.Clock;

import org.alliances.kernel.OrganizationDeleted;
import org.alliances.matching.NeedStatus;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What matching does when an organisation is deleted: its published needs are withdrawn (drafts erased), the pending
 * interests on either side closed and the other side told ({@code InterestWithdrawn}), its partner profile erased so
 * that it is recommended no more. Each step skips what is done already, so a second delivery changes nothing.
 */
@Component
class MatchingOrganizationErasure {

    private final Needs needs;
    private final Interests interests;
    private final Profiles profiles;
    private final MatchIndex index;
    private final Clock clock;

    MatchingOrganizationErasure(Needs needs, Interests interests, Profiles profiles, MatchIndex index, Clock clock) {
        this.needs = needs;
        this.interests = interests;
        this.profiles = profiles;
        this.index = index;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrganizationDeleted event) {
        var organization = event.organizationId();
        var now = clock.instant();
        var either = new java.util.ArrayList<>(interests.findByAssociationIdOrderByExpressedAtDesc(organization));
        either.addAll(interests.findByCompanyIdOrderByExpressedAtDesc(organization));
        for (var interest : either) {
            if (interest.withdraw(organization, now)) {
                interests.save(interest);
            }
        }
        for (var need : needs.findByOrganizationIdOrderByCreatedAtDesc(organization)) {
            if (need.status() == NeedStatus.PUBLISHED) {
                need.close(NeedStatus.ABANDONED, now);
                needs.save(need);
            } else if (need.status() == NeedStatus.DRAFT) {
                needs.delete(need);
            }
            index.needChanged(need.id());
        }
        if (profiles.existsById(organization)) {
            profiles.deleteById(organization);
        }
        index.profileChanged(organization);
    }
}
