package org.alliances.diagnosis.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliances.kernel.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The organisation's diagnoses, their answers and reasons, and with whom it shares them (for its responsable). */
@Component
class DiagnosisData extends PersonalData.OrganizationPart {

    DiagnosisData(JdbcTemplate jdbc) {
        super(jdbc, "diagnostics", "diagnosis_diagnosis", "diagnosis_answer", "diagnosis_reason", "diagnosis_sharing");
    }

    @Override
    protected void export(UUID organization, Map<String, List<Map<String, Object>>> result) {
        result.put("diagnosis_diagnosis", rows("select * from diagnosis_diagnosis where organization_id = ? order by started_at",
                organization));
        result.put("diagnosis_answer", rows("select a.* from diagnosis_answer a join diagnosis_diagnosis d on d.id = a.diagnosis_id "
                + "where d.organization_id = ?", organization));
        result.put("diagnosis_reason", rows("select r.* from diagnosis_reason r join diagnosis_diagnosis d on d.id = r.diagnosis_id "
                + "where d.organization_id = ?", organization));
        result.put("diagnosis_sharing", rows("select * from diagnosis_sharing where organization_id = ? or shared_with_id = ?",
                organization, organization));
    }
}
