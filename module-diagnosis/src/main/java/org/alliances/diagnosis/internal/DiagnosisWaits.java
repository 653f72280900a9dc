package org.alliances.diagnosis.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.WhatWaits;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What waits in the diagnosis: a first one to take, one begun to finish, or the latest older than {@link #RETAKE_AFTER}
 * to take again (a year changes an organisation's maturity, and what matching and the library propose follows it).
 */
@Component
class DiagnosisWaits implements WhatWaits {

    static final Duration RETAKE_AFTER = Duration.ofDays(365);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    DiagnosisWaits(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Item> waitingFor(Organization organization, @Nullable Instant lastVisit) {
        if (organization.type() == OrganizationType.PLATFORM) {
            return List.of();
        }
        boolean begun = jdbc.queryForObject("select count(*) > 0 from diagnosis_diagnosis where organization_id = ? and status = 'IN_PROGRESS'",
                Boolean.class, organization.id());
        if (begun) {
            return List.of(new Item("home.waiting.diagnosis-begun", 1, null, "diagnostic", 40));
        }
        var latest = jdbc.queryForObject("select max(completed_at) from diagnosis_diagnosis where organization_id = ? and status = 'COMPLETED'",
                Timestamp.class, organization.id());
        if (latest == null) {
            return List.of(new Item("home.waiting.diagnosis-none", 1, null, "diagnostic", 40));
        }
        long days = Duration.between(latest.toInstant(), clock.instant()).toDays();
        return days >= RETAKE_AFTER.toDays() ? List.of(new Item("home.waiting.diagnosis-old", 1, days, "diagnostic", 40)) : List.of();
    }
}
