package org.alliances.accounts.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

public interface JoinRequests extends JpaRepository<StoredJoinRequest, UUID> {

    /** The open requests of an organisation that its responsables answer (not contested), the oldest first. */
    List<StoredJoinRequest> findByOrganizationIdAndDecidedAtIsNullAndContestedFalseOrderByCreatedAt(UUID organizationId);

    /** The open requests the admins decide, the oldest first. */
    List<StoredJoinRequest> findByDecidedAtIsNullAndEscalatedAtIsNotNullOrderByCreatedAt();

    /** Open requests left without answer since before the moment. */
    List<StoredJoinRequest> findByDecidedAtIsNullAndEscalatedAtIsNullAndCreatedAtBefore(Instant moment);
}
