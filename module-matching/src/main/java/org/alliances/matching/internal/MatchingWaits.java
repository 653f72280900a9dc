package org.alliances.matching.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.WhatWaits;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedStatus;
import org.alliances.matching.Recommendation;
import org.alliances.matching.RecommendationFilter;
import org.springframework.beans.factory.ObjectProvider;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What waits in matching: for an association, the interests to answer (the oldest's age) and the needs about to
 * expire; for a company, the needs recommended to it that were published since its last visit, its interests waiting
 * for an answer and those declined since. Asked by the signed-in member's "Mon espace".
 */
@Component
class MatchingWaits implements WhatWaits {

    private final JdbcTemplate jdbc;
    private final ObjectProvider<MatchingService> matching;
    private final Clock clock;

    MatchingWaits(JdbcTemplate jdbc, ObjectProvider<MatchingService> matching, Clock clock) {
        this.jdbc = jdbc;
        this.matching = matching;
        this.clock = clock;
    }

    @Override
    public List<Item> waitingFor(Organization organization, @Nullable Instant lastVisit) {
        var items = new ArrayList<Item>();
        var now = clock.instant();
        if (organization.type() == OrganizationType.ASSOCIATION) {
            var oldest = jdbc.queryForObject("select min(expressed_at) from matching_interest where association_id = ? and status = 'PENDING'",
                    Timestamp.class, organization.id());
            Item.addIfAny(items, "home.waiting.interests", pending("association_id", organization.id()),
                    oldest == null ? null : Duration.between(oldest.toInstant(), now).toDays(), "interets", 10);
            Item.addIfAny(items, "home.waiting.needs-expiring", expiringWithinAWeek(organization.id(), now), null, "besoins", 20);
            var since = lastVisit == null ? now.minus(Duration.ofDays(7)) : lastVisit;
            Item.addIfAny(items, "home.waiting.partners-new", partnersNewSince(organization.id(), since), null, "partenaires", 15);
        } else if (organization.type() == OrganizationType.COMPANY) {
            var since = lastVisit == null ? now.minus(Duration.ofDays(7)) : lastVisit;
            Item.addIfAny(items, "home.waiting.needs-new", fittingNeedsPublishedSince(since), null, "partenaires", 10);
            Item.addIfAny(items, "home.waiting.interests-pending", pending("company_id", organization.id()), null, "interets", 20);
            Item.addIfAny(items, "home.waiting.interests-declined", count("select count(*) from matching_interest where company_id = ? "
                    + "and status = 'DECLINED' and decided_at > ?", organization.id(), Timestamp.from(since)), null, "interets", 30);
        }
        return items;
    }

    /**
     * Companies among the first recommended for one of the association's published needs whose partner profile was
     * made or changed since: new partners worth a look.
     */
    private long partnersNewSince(UUID association, Instant since) {
        var needs = jdbc.queryForList("select id from matching_need where organization_id = ? and status = 'PUBLISHED'", UUID.class, association);
        var companies = needs.stream()
                .flatMap(need -> matching.getObject().companiesFor(need, RecommendationFilter.none(), 0).getContent().stream())
                .map(Recommendation::organizationId).distinct().toArray(UUID[]::new);
        if (companies.length == 0) {
            return 0;
        }
        return jdbc.queryForObject("select count(*) from matching_profile where organization_id = any (?) and updated_at > ?", Long.class,
                companies, Timestamp.from(since));
    }

    /** Among the needs recommended to the signed-in company first, those published since. */
    private long fittingNeedsPublishedSince(Instant since) {
        var recommended = matching.getObject().needsForMe(RecommendationFilter.none(), 0).getContent().stream()
                .map(Recommendation::needId).toList();
        if (recommended.isEmpty()) {
            return 0;
        }
        return jdbc.queryForObject("select count(*) from matching_need where id = any (?) and published_at > ?", Long.class,
                recommended.toArray(new UUID[0]), Timestamp.from(since));
    }

    private long pending(String side, UUID organization) {
        return count("select count(*) from matching_interest where " + side + " = ? and status = 'PENDING'", organization);
    }

    /** Published needs whose deadline, or 90 days without activity, comes within the week (as {@code Deadlines} closes them). */
    private long expiringWithinAWeek(UUID organization, Instant now) {
        var today = LocalDate.ofInstant(now, clock.getZone());
        var limit = today.plusDays(Deadlines.NOTICE_BEFORE.toDays());
        return jdbc.queryForList("select deadline, last_activity_at from matching_need where organization_id = ? and status = ?",
                organization, NeedStatus.PUBLISHED.name()).stream().filter(row -> {
                    var byInactivity = LocalDate.ofInstant(((Timestamp) row.get("last_activity_at")).toInstant().plus(Deadlines.INACTIVITY_LIMIT),
                            clock.getZone());
                    var deadline = row.get("deadline") == null ? null : ((java.sql.Date) row.get("deadline")).toLocalDate();
                    var expiresOn = deadline == null || byInactivity.isBefore(deadline) ? byInactivity : deadline;
                    return !expiresOn.isAfter(limit);
                }).count();
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

}
