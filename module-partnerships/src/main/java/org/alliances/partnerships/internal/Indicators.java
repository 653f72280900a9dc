package org.alliances.partnerships.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

/** Impact measures recorded on partnerships, read a page at a time and summed by the database. */
public interface Indicators extends JpaRepository<StoredIndicator, UUID> {

    @Query("select i from StoredIndicator i where i.partnershipId = :partnershipId order by i.measuredOn desc, i.recordedAt desc, i.id")
    Page<StoredIndicator> findPage(UUID partnershipId, Pageable page);

    Optional<StoredIndicator> findByIdAndPartnershipId(UUID id, UUID partnershipId);

    @Query("select i.side as side, i.indicator as indicator, i.label as label, i.unit as unit, sum(i.value) as total, count(i) as count "
            + "from StoredIndicator i where i.partnershipId = :partnershipId group by i.side, i.indicator, i.label, i.unit "
            + "order by i.side, i.indicator, i.label")
    List<IndicatorSum> sums(UUID partnershipId);

    interface IndicatorSum {
        org.alliances.partnerships.ImpactSide getSide();

        org.alliances.partnerships.Indicator getIndicator();

        /** Only an indicator of the kind "other" has a label of its own. */
        @Nullable String getLabel();

        org.alliances.partnerships.MeasureUnit getUnit();

        java.math.BigDecimal getTotal();

        long getCount();
    }
}
