package org.alliances.matching.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliances.matching.Interest.InterestStatus;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Interests of companies in needs; every query names the organisation it reads for. */
public interface Interests extends JpaRepository<StoredInterest, UUID> {

    List<StoredInterest> findByAssociationIdOrderByExpressedAtDesc(UUID associationId);

    List<StoredInterest> findByCompanyIdOrderByExpressedAtDesc(UUID companyId);

    Optional<StoredInterest> findByIdAndAssociationId(UUID id, UUID associationId);

    boolean existsByNeedIdAndCompanyIdAndStatus(UUID needId, UUID companyId, InterestStatus status);

    List<StoredInterest> findByStatusAndExpressedAtBefore(InterestStatus status, java.time.Instant before);

    long countByAssociationIdAndStatusIn(UUID associationId, java.util.Collection<InterestStatus> statuses);

    long countByCompanyIdAndStatusIn(UUID companyId, java.util.Collection<InterestStatus> statuses);

    /** Pending interests per company, for fair exposure. */
    @Query("select i.companyId as organizationId, count(i) as pending from StoredInterest i where i.status = 'PENDING' group by i.companyId")
    List<PendingCount> pendingByCompany();

    /** Pending interests per association (received), for fair exposure. */
    @Query("select i.associationId as organizationId, count(i) as pending from StoredInterest i where i.status = 'PENDING' group by i.associationId")
    List<PendingCount> pendingByAssociation();

    interface PendingCount {
        UUID getOrganizationId();

        long getPending();
    }
}
