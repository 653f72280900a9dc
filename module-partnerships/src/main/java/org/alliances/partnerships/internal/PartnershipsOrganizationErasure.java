package org.alliances.partnerships.internal;

import java.time.Clock;

import org.alliances.kernel.OrganizationDeleted;
import org.springframework.data.domain.Pageable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What partnerships do when an organisation is deleted: those under way end (a proposal is declined) and the partner is
 * told by the stage change; they stay in the partner's list under the deleted organisation's anonymous name, with
 * their history and contributions. A partnership over already is left as it is, so a second delivery changes nothing.
 */
@Component
class PartnershipsOrganizationErasure {

    private final Partnerships partnerships;
    private final StageChanges history;
    private final JdbcTemplate jdbc;
    private final Clock clock;

    PartnershipsOrganizationErasure(Partnerships partnerships, StageChanges history, JdbcTemplate jdbc, Clock clock) {
        this.partnerships = partnerships;
        this.history = history;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(OrganizationDeleted event) {
        var now = clock.instant();
        for (var partnership : partnerships.findForPartner(event.organizationId(), Pageable.unpaged())) {
            var line = partnership.endForDeletion(event.organizationId(), now);
            if (line != null) {
                history.save(line);
                partnerships.save(partnership);
            }
        }
        jdbc.update("delete from partnerships_maturity where organization_id = ?", event.organizationId());
    }
}
