package org.alliances.matching.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliances.matching.NeedStatus;
import org.springframework.data.jpa.repository.JpaRepository;

/** The needs of all associations. */
public interface Needs extends JpaRepository<StoredNeed, UUID> {

    List<StoredNeed> findByOrganizationIdOrderByCreatedAtDesc(UUID organizationId);

    Optional<StoredNeed> findByIdAndOrganizationId(UUID id, UUID organizationId);

    List<StoredNeed> findByStatus(NeedStatus status);
}
