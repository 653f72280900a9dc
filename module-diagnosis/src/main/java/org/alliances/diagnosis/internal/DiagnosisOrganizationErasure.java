package org.alliances.diagnosis.internal;

import org.alliances.kernel.OrganizationDeleted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * A deleted organisation's diagnoses (answers and reasons with them) and the consents it gave or received go; the
 * observatory keeps its counts. Deleting what is gone already changes nothing.
 */
@Component
class DiagnosisOrganizationErasure {

    private final JdbcTemplate jdbc;

    DiagnosisOrganizationErasure(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @ApplicationModuleListener
    void on(OrganizationDeleted event) {
        jdbc.update("delete from diagnosis_diagnosis where organization_id = ?", event.organizationId());
        jdbc.update("delete from diagnosis_sharing where organization_id = ? or shared_with_id = ?", event.organizationId(), event.organizationId());
    }
}
