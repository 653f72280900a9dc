package org.alliances.diagnosis.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** Who agreed to share their diagnosis with whom. */
public interface SharingConsents extends JpaRepository<SharingConsent, UUID> {

    boolean existsByOrganizationIdAndSharedWithId(UUID organizationId, UUID sharedWithId);

    List<SharingConsent> findByOrganizationIdOrSharedWithId(UUID organizationId, UUID sharedWithId);

    long deleteByOrganizationIdAndSharedWithId(UUID organizationId, UUID sharedWithId);
}
