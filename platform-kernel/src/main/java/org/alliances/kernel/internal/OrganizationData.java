package org.alliances.kernel.internal;

import java.util.List;
import java.util.Map;

import org.alliances.kernel.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The organisation as registered, for "Mes données". */
@Component
class OrganizationData implements PersonalData {

    private final JdbcTemplate jdbc;

    OrganizationData(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public String section() {
        return "organisation";
    }

    @Override
    public List<String> tables() {
        return List.of("kernel_organization");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Subject subject) {
        return Map.of("kernel_organization", PersonalData.rows(jdbc, "select * from kernel_organization where id = ?", subject.organizationId()));
    }
}
