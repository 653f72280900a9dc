package org.alliances.resources.internal;

import org.alliances.kernel.OrganizationDeleted;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * What the library does when an organisation is deleted: its proposals not published yet are erased, a published one
 * stays the library's without saying who proposed it, and what "Pour vous" knew of the organisation goes. Case studies
 * name no organisation (only the types of partners), so a published one stays as it is. A second delivery finds nothing.
 */
@Component
class ResourcesOrganizationErasure {

    private final JdbcTemplate jdbc;
    private final SearchIndex index;

    ResourcesOrganizationErasure(JdbcTemplate jdbc, SearchIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @ApplicationModuleListener
    void on(OrganizationDeleted event) {
        var organization = event.organizationId();
        var proposals = jdbc.queryForList("delete from resources_resource where proposed_by = ? and status <> 'PUBLISHED' returning id",
                java.util.UUID.class, organization);
        proposals.forEach(index::resourceChanged);
        jdbc.update("update resources_resource set proposed_by = null where proposed_by = ?", organization);
        jdbc.update("delete from resources_organization_profile where organization_id = ?", organization);
        jdbc.update("delete from resources_partnership_model where organization_id = ?", organization);
    }
}
