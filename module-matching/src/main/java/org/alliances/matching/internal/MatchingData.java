package org.alliances.matching.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliances.kernel.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The organisation's needs, the interests it expressed or received, and its partner profile (for its responsable). */
@Component
class MatchingData extends PersonalData.OrganizationPart {

    MatchingData(JdbcTemplate jdbc) {
        super(jdbc, "besoins-et-interets",
                "matching_need", "matching_need_theme", "matching_need_model", "matching_interest", "matching_profile",
                "matching_profile_theme", "matching_profile_contribution", "matching_profile_commune", "matching_profile_category");
    }

    @Override
    protected void export(UUID organization, Map<String, List<Map<String, Object>>> result) {
        result.put("matching_need", rows("select * from matching_need where organization_id = ? order by created_at", organization));
        result.put("matching_need_theme", rows("select t.* from matching_need_theme t join matching_need n on n.id = t.need_id "
                + "where n.organization_id = ?", organization));
        result.put("matching_need_model", rows("select m.* from matching_need_model m join matching_need n on n.id = m.need_id "
                + "where n.organization_id = ?", organization));
        result.put("matching_interest", rows("select * from matching_interest where company_id = ? or association_id = ? "
                + "order by expressed_at", organization, organization));
        result.put("matching_profile", rows("select * from matching_profile where organization_id = ?", organization));
        for (var part : List.of("theme", "contribution", "commune", "category")) {
            result.put("matching_profile_" + part, rows("select * from matching_profile_" + part + " where organization_id = ?",
                    organization));
        }
    }
}
