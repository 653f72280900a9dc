package org.alliances.accounts.internal;

import java.util.Optional;

import org.alliances.accounts.CurrentMember;
import org.alliances.accounts.SignedInMember;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.Organization;
import org.springframework.stereotype.Component;

/** Gives the modules the organisation of the signed-in member, without them knowing about accounts. */
@Component
class MemberOrganization implements CurrentOrganization {

    private final CurrentMember currentMember;

    MemberOrganization(CurrentMember currentMember) {
        this.currentMember = currentMember;
    }

    @Override
    public Optional<Organization> get() {
        return currentMember.get().map(SignedInMember::organization);
    }
}
