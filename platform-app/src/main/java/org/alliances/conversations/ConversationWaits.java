package org.alliances.conversations;

import java.time.Instant;
import java.util.List;

import org.alliances.accounts.CurrentMember;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.WhatWaits;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/** The messages of its partners the signed-in member has not read yet, on "Mon espace" and next to "Messages". */
@Component
class ConversationWaits implements WhatWaits {

    private final ConversationStore store;
    private final CurrentMember currentMember;

    ConversationWaits(ConversationStore store, CurrentMember currentMember) {
        this.store = store;
        this.currentMember = currentMember;
    }

    @Override
    public List<Item> waitingFor(Organization organization, @Nullable Instant lastVisit) {
        if (organization.type() != OrganizationType.ASSOCIATION && organization.type() != OrganizationType.COMPANY) {
            return List.of();
        }
        var member = currentMember.get().filter(signedIn -> signedIn.organization().id().equals(organization.id()));
        if (member.isEmpty()) {
            return List.of();
        }
        var unread = store.unread(organization.id(), member.get().accountId());
        return unread == 0 ? List.of() : List.of(new Item("home.waiting.messages", unread, null, "messages", 8));
    }
}
