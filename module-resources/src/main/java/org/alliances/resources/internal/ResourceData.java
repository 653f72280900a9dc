package org.alliances.resources.internal;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.alliances.kernel.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The resources and case studies the organisation proposed, and what the library knows of it for "Pour vous" (for its responsable). */
@Component
class ResourceData extends PersonalData.OrganizationPart {

    ResourceData(JdbcTemplate jdbc) {
        super(jdbc, "bibliotheque", "resources_resource", "resources_organization_profile", "resources_partnership_model");
    }

    @Override
    protected void export(UUID organization, Map<String, List<Map<String, Object>>> result) {
        result.put("resources_resource", rows("select id, status, type, purpose, title, summary, body, source, authors, year, "
                + "licence, url, commune_code, partner_types, started_on, ended_on, results_general_interest, results_company, created_at, "
                + "updated_at, published_at from resources_resource where proposed_by = ? order by created_at", organization));
        result.put("resources_organization_profile", rows("select * from resources_organization_profile where organization_id = ?",
                organization));
        result.put("resources_partnership_model", rows("select * from resources_partnership_model where organization_id = ?",
                organization));
    }
}
