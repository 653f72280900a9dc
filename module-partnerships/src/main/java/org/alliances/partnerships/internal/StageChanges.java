package org.alliances.partnerships.internal;

import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** The history lines of partnerships, read a page at a time. */
public interface StageChanges extends JpaRepository<StoredStageChange, UUID> {

    @Query("select c from StoredStageChange c where c.partnershipId = :partnershipId order by c.changedAt desc, c.sequence desc")
    Page<StoredStageChange> findPage(UUID partnershipId, Pageable page);

    /** The opening line and the changes of model, oldest first: the journey. */
    @Query("select c from StoredStageChange c where c.partnershipId = :partnershipId and (c.fromStage is null or c.evolvedFrom is not null) order by c.changedAt, c.sequence")
    List<StoredStageChange> findJourney(UUID partnershipId);

    /** Every line of these partnerships, each partnership's oldest first: a replay. */
    @Query("select c from StoredStageChange c where c.partnershipId in :partnershipIds order by c.partnershipId, c.changedAt, c.sequence")
    List<StoredStageChange> findAllOf(java.util.Collection<UUID> partnershipIds);
}
