package org.alliances.partnerships.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Contributions recorded on partnerships, read a page at a time and summed by the database. */
public interface Contributions extends JpaRepository<StoredContribution, UUID> {

    @Query("select c from StoredContribution c where c.partnershipId = :partnershipId order by c.givenOn desc, c.recordedAt desc, c.id")
    Page<StoredContribution> findPage(UUID partnershipId, Pageable page);

    Optional<StoredContribution> findByIdAndPartnershipId(UUID id, UUID partnershipId);

    /** The contributions of these partnerships, oldest first: a replay. */
    java.util.List<StoredContribution> findByPartnershipIdInOrderByRecordedAt(java.util.Collection<UUID> partnershipIds);

    @Query("select c.givenBy as givenBy, c.kind as kind, sum(c.amount) as total, count(c) as count from StoredContribution c "
            + "where c.partnershipId = :partnershipId group by c.givenBy, c.kind order by c.kind")
    List<ContributionSum> sums(UUID partnershipId);

    interface ContributionSum {
        UUID getGivenBy();

        org.alliances.partnerships.ContributionKind getKind();

        java.math.BigDecimal getTotal();

        long getCount();
    }
}
