package org.alliances.partnerships.internal;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Partnerships; every query for a member names the organisation it reads for, which must be one of the partners. */
public interface Partnerships extends JpaRepository<StoredPartnership, UUID> {

    @Query("select p from StoredPartnership p where p.id = :id and (p.associationId = :organizationId or p.companyId = :organizationId)")
    Optional<StoredPartnership> findForPartner(UUID id, UUID organizationId);

    /** Those still going first (the most recently active first), then the closed ones. */
    @Query(value = "select p from StoredPartnership p where p.associationId = :organizationId or p.companyId = :organizationId "
            + "order by case when p.stage in ('ENDED', 'DECLINED') then 1 else 0 end, p.lastActivityAt desc, p.id",
            countQuery = "select count(p) from StoredPartnership p where p.associationId = :organizationId or p.companyId = :organizationId")
    Page<StoredPartnership> findForPartner(UUID organizationId, Pageable page);

    boolean existsByInterestId(UUID interestId);

    Optional<StoredPartnership> findByInterestId(UUID interestId);

    @Query("select count(p) > 0 from StoredPartnership p where p.associationId = :associationId and p.companyId = :companyId "
            + "and p.model = :model and p.stage not in ('ENDED', 'DECLINED')")
    boolean existsOpen(UUID associationId, UUID companyId, CooperationModel model);

    @Query("select p from StoredPartnership p where p.stage not in ('PROPOSED', 'ENDED', 'DECLINED') and p.lastActivityAt < :before")
    List<StoredPartnership> findUnderwayIdleSince(Instant before);

    @Query("select p from StoredPartnership p where p.stage = 'ENDED' and p.outcomeAnnouncedAt is null and p.closedAt < :before")
    List<StoredPartnership> findOutcomeUnannouncedClosedBefore(Instant before);

    /**
     * Moves the last activity to {@code now}, in one statement and without the partnership's version: recording a
     * contribution or a measure is activity, and both partners recording at the same moment must not conflict.
     */
    @org.springframework.data.jpa.repository.Modifying
    @Query("update StoredPartnership p set p.lastActivityAt = :now where p.id = :id and p.lastActivityAt < :now")
    int recordActivity(UUID id, Instant now);
}
