package org.alliances.partnerships.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliances.kernel.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The partnerships the organisation is a party to, with their history, contributions and measures, which both partners read on the platform (for its responsable). */
@Component
class PartnershipData extends PersonalData.OrganizationPart {

    PartnershipData(JdbcTemplate jdbc) {
        super(jdbc, "partenariats",
                "partnerships_partnership", "partnerships_stage_change", "partnerships_contribution", "partnerships_indicator",
                "partnerships_maturity");
    }

    @Override
    protected void export(UUID organization, Map<String, List<Map<String, Object>>> result) {
        var mine = "select id from partnerships_partnership where association_id = ? or company_id = ?";
        result.put("partnerships_partnership", rows("select * from partnerships_partnership where id in (" + mine + ") "
                + "order by started_on", organization, organization));
        for (var part : List.of("stage_change", "contribution", "indicator")) {
            result.put("partnerships_" + part, rows("select * from partnerships_" + part + " where partnership_id in (" + mine + ")",
                    organization, organization));
        }
        result.put("partnerships_maturity", rows("select * from partnerships_maturity where organization_id = ?", organization));
    }

    /** The lines the member signed stay the partnership's, signed "Ancien membre". */
    @Override
    public void eraseMember(ErasedMember member) {
        jdbc.update("update partnerships_stage_change set signed_by = ? where signed_by = ?", FORMER_MEMBER, member.login());
        jdbc.update("update partnerships_contribution set recorded_by = ? where recorded_by = ?", FORMER_MEMBER, member.login());
        jdbc.update("update partnerships_indicator set recorded_by = ? where recorded_by = ?", FORMER_MEMBER, member.login());
    }
}
