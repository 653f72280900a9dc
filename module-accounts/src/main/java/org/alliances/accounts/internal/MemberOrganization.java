package org.alliances.accounts.internal;

import java.util.Optional;
import java.util.UUID;

import org.alliances.accounts.CurrentMember;
import org.alliances.accounts.SignedInMember;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Gives the modules the organisation of the signed-in member, without them knowing about accounts; refuses acts toward
 * other organisations while the member's e-mail address is not proven.
 */
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

    @Override
    public Optional<UUID> memberId() {
        return currentMember.get().map(SignedInMember::accountId);
    }

    @Override
    public Organization requireWithProvenEmail() {
        var member = currentMember.get().orElseThrow(() -> new AccessDeniedException("No member is signed in"));
        if (!member.emailProven()) {
            throw InvalidInputException.of("emailProof", "email.proof.required");
        }
        return member.organization();
    }
}
