package org.alliances.accounts.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface Invitations extends JpaRepository<StoredInvitation, UUID> {

    Optional<StoredInvitation> findByTokenHash(String tokenHash);

    /** Open invitations (neither accepted nor withdrawn) of an organisation, the latest first. */
    List<StoredInvitation> findByOrganizationIdAndAcceptedAtIsNullAndWithdrawnAtIsNullOrderByCreatedAtDesc(UUID organizationId);

    Optional<StoredInvitation> findByOrganizationIdAndEmailAndAcceptedAtIsNullAndWithdrawnAtIsNull(UUID organizationId, String email);

    /** The invitation of a token, as the token was given. */
    default Optional<StoredInvitation> findByToken(String token) {
        return token == null || token.isBlank() ? Optional.empty() : findByTokenHash(Tokens.hash(token));
    }
}
