package org.alliances.observatory.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.Category;
import org.alliances.kernel.Theme;
import org.alliances.observatory.Metric;
import org.alliances.partnerships.ContributionKind;

/**
 * What the {@link Projection} reads and writes while it applies an event: the applied events' keys, the little it
 * remembers of each thing counted, and the figures' moves by commune. Kept in PostgreSQL as events arrive
 * ({@link JdbcReadModel}), or in memory for a rebuild ({@link MemoryReadModel}).
 */
interface ReadModel {

    /** Records the event's key; false when it was applied before (the event is then ignored). */
    boolean firstTime(String eventKey);

    Optional<OrganizationRow> organization(UUID id);

    void save(OrganizationRow organization);

    Optional<NeedRow> need(UUID id);

    void save(NeedRow need);

    Optional<InterestRow> interest(UUID id);

    void save(InterestRow interest);

    Optional<String> partnershipCommune(UUID partnershipId);

    void savePartnership(UUID partnershipId, String communeCode);

    Optional<ContributionRow> contribution(UUID id);

    void save(ContributionRow contribution);

    void delete(ContributionRow contribution);

    boolean hasContribution(UUID partnershipId, ContributionKind kind);

    /** Moves a figure of the commune (and so of every area it lies in). */
    void add(String communeCode, Metric metric, String dimension, int month, long count, BigDecimal amount);

    default void add(String communeCode, Metric metric, String dimension, long count) {
        add(communeCode, metric, dimension, 0, count, BigDecimal.ZERO);
    }

    record OrganizationRow(UUID id, String type, String communeCode, String status, String maturity, Instant maturityAt) {
    }

    record NeedRow(UUID id, String communeCode, Set<Theme> themes, Set<Category> categories, String status) {
    }

    record InterestRow(UUID id, String communeCode, Instant expressedAt, boolean answered) {
    }

    record ContributionRow(UUID id, UUID partnershipId, ContributionKind kind, BigDecimal amount) {
    }
}
