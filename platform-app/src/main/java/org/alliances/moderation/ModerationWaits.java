package org.alliances.moderation;

import java.time.Instant;
import java.util.List;

import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.WhatWaits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** What waits in the moderation: for the admins, the cases to decide; for an organisation, its contents hidden. */
@Component
class ModerationWaits implements WhatWaits {

    private final ModerationCases cases;

    ModerationWaits(ModerationCases cases) {
        this.cases = cases;
    }

    @Override
    public List<Item> waitingFor(Organization organization, @Nullable Instant lastVisit) {
        if (organization.type() == OrganizationType.PLATFORM) {
            int waiting = cases.waitingCount();
            return waiting == 0 ? List.of() : List.of(new Item("home.waiting.reports", waiting, null, "moderation", 5));
        }
        int hidden = cases.hiddenCount(organization.id());
        return hidden == 0 ? List.of() : List.of(new Item("home.waiting.hidden", hidden, null, "contenus-masques", 5));
    }
}
