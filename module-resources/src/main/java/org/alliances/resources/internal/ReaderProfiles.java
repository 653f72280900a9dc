package org.alliances.resources.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * What the library knows of an organisation for its recommendations, kept from the other modules' events: its latest
 * diagnosis (maturity, best categories) and the models of its partnerships under way.
 */
@Component
public class ReaderProfiles {

    private final JdbcTemplate jdbc;

    ReaderProfiles(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** An organisation's latest diagnosis as the library keeps it. */
    public record Profile(MaturityLevel maturity, List<Category> topCategories) {
    }

    /** The organisation's latest diagnosis, or null when it has taken none. */
    public Profile of(UUID organizationId) {
        var found = jdbc.query("select maturity, categories from resources_organization_profile where organization_id = ? and maturity is not null",
                (rs, row) -> new Profile(MaturityLevel.valueOf(rs.getString("maturity")),
                        java.util.Arrays.stream((String[]) rs.getArray("categories").getArray()).map(Category::valueOf).toList()),
                organizationId);
        return found.isEmpty() ? null : found.getFirst();
    }

    /** The models of the organisation's partnerships under way. */
    public Set<CooperationModel> partnershipModels(UUID organizationId) {
        var models = EnumSet.noneOf(CooperationModel.class);
        jdbc.queryForList("select model from resources_partnership_model where organization_id = ?", String.class, organizationId)
                .forEach(model -> models.add(CooperationModel.valueOf(model)));
        return models;
    }
}
