package org.alliances.resources.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.WhatWaits;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** What waits in the library for its curators (the admins): proposals to review, published resources due for review. */
@Component
class LibraryWaits implements WhatWaits {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LibraryWaits(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> waitingFor(Organization organization, @Nullable Instant lastVisit) {
        if (organization.type() != OrganizationType.PLATFORM) {
            return List.of();
        }
        var items = new ArrayList<Item>();
        Item.addIfAny(items, "home.waiting.proposals",
                jdbc.queryForObject("select count(*) from resources_resource where status = 'IN_REVIEW'", Long.class), null, "curation", 30);
        Item.addIfAny(items, "home.waiting.reviews-due", jdbc.queryForObject("select count(*) from resources_resource where status = 'PUBLISHED' "
                + "and review_on <= ?", Long.class, java.sql.Date.valueOf(LocalDate.now(clock))), null, "curation", 40);
        return items;
    }
}
