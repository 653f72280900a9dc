package org.alliances.diagnosis.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;

/** The diagnoses of all organisations; every query names the organisation it reads for. */
public interface Diagnoses extends JpaRepository<Diagnosis, UUID> {

    Optional<Diagnosis> findByIdAndOrganizationId(UUID id, UUID organizationId);

    Optional<Diagnosis> findByOrganizationIdAndStatus(UUID organizationId, Diagnosis.Status status);

    List<Diagnosis> findByOrganizationIdAndStatusOrderByCompletedAtAsc(UUID organizationId, Diagnosis.Status status);

    Optional<Diagnosis> findFirstByOrganizationIdAndStatusOrderByCompletedAtDesc(UUID organizationId, Diagnosis.Status status);
}
