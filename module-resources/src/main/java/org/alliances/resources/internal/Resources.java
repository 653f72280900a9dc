package org.alliances.resources.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliances.resources.ResourceStatus;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The library's resources; members read the published ones, curators every one. */
public interface Resources extends JpaRepository<StoredResource, UUID> {

    Page<StoredResource> findByStatusOrderByUpdatedAtDesc(ResourceStatus status, Pageable page);

    @Query("select r from StoredResource r where r.status = 'PUBLISHED' and r.reviewOn <= :day order by r.reviewOn, r.id")
    List<StoredResource> findReviewDue(LocalDate day);

    List<StoredResource> findByProposedByOrderByUpdatedAtDesc(UUID organizationId);

    Optional<StoredResource> findByPartnershipId(UUID partnershipId);

    boolean existsByPartnershipId(UUID partnershipId);
}
