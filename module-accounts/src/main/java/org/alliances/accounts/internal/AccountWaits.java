package org.alliances.accounts.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.alliances.accounts.AccountStatus;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.WhatWaits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What waits in the accounts: for the admins, local authorities' requests for access and requests to join they decide;
 * for an organisation, the requests to join it that its responsables answer.
 */
@Component
class AccountWaits implements WhatWaits {

    private final UserAccounts accounts;
    private final JoinRequests joinRequests;

    AccountWaits(UserAccounts accounts, JoinRequests joinRequests) {
        this.accounts = accounts;
        this.joinRequests = joinRequests;
    }

    @Override
    public List<Item> waitingFor(Organization organization, @Nullable Instant lastVisit) {
        var items = new ArrayList<Item>();
        if (organization.type() == OrganizationType.PLATFORM) {
            Item.addIfAny(items, "home.waiting.access-requests", accounts.findByStatusOrderByCreatedAt(AccountStatus.PENDING_APPROVAL).size(),
                    null, "admin/demandes", 10);
            Item.addIfAny(items, "home.waiting.join-requests-admin",
                    joinRequests.findByDecidedAtIsNullAndEscalatedAtIsNotNullOrderByCreatedAt().size(), null, "admin/rattachements", 20);
        } else {
            Item.addIfAny(items, "home.waiting.join-requests",
                    joinRequests.findByOrganizationIdAndDecidedAtIsNullAndContestedFalseOrderByCreatedAt(organization.id()).size(), null, "membres", 50);
        }
        return items;
    }

}
