package org.alliances.partnerships.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.WhatWaits;
import org.alliances.partnerships.PartnershipService;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What waits in the partnerships of an association or a company: those another declared and it has to confirm, the
 * outcomes it owes on ended ones, and those quiet for {@link PartnershipService#IDLE_AFTER}.
 */
@Component
class PartnershipWaits implements WhatWaits {

    private static final String MINE = "(association_id = ? or company_id = ?)";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    PartnershipWaits(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> waitingFor(Organization organization, @Nullable Instant lastVisit) {
        if (organization.type() != OrganizationType.ASSOCIATION && organization.type() != OrganizationType.COMPANY) {
            return List.of();
        }
        var id = organization.id();
        var items = new ArrayList<Item>();
        Item.addIfAny(items, "home.waiting.partnerships-to-confirm", count("select count(*) from partnerships_partnership where " + MINE
                + " and stage = 'PROPOSED' and declared_by <> ?", id, id, id), null, "mes-partenariats", 15);
        var answeredColumn = organization.type() == OrganizationType.ASSOCIATION ? "association_answered_at" : "company_answered_at";
        Item.addIfAny(items, "home.waiting.outcomes-owed", count("select count(*) from partnerships_partnership where " + MINE
                + " and stage = 'ENDED' and " + answeredColumn + " is null", id, id), null, "mes-partenariats", 25);
        Item.addIfAny(items, "home.waiting.partnerships-quiet", count("select count(*) from partnerships_partnership where " + MINE
                + " and stage not in ('PROPOSED', 'ENDED', 'DECLINED') and last_activity_at < ?", id, id,
                Timestamp.from(clock.instant().minus(PartnershipService.IDLE_AFTER))), null, "mes-partenariats", 35);
        return items;
    }

    private long count(String sql, Object... arguments) {
        return jdbc.queryForObject(sql, Long.class, arguments);
    }

}
