package org.alliances.matching.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.PartnerProfile;
import org.alliances.matching.Reach;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Reads the published needs and the companies' profiles from the module's own tables into the matching index's
 * compact forms: all of them for a full load, or one need or one profile after a change.
 */
@Component
class MatchIndexLoader {

    private final JdbcTemplate jdbc;
    private final OrganizationService organizations;
    private final CompactForms forms;

    MatchIndexLoader(JdbcTemplate jdbc, OrganizationService organizations, CompactForms forms) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.forms = forms;
    }

    /**
     * The published needs, all of them or those matching {@code where} (on {@code n}, the need) with this id.
     */
    void readNeeds(String where, UUID id, Map<UUID, NeedEntry> into) {
        var filter = "n.status = 'PUBLISHED' and n.hidden_reason is null" + (where == null ? "" : " and " + where);
        Object[] arguments = id == null ? new Object[0] : new Object[] {id};
        var themes = new HashMap<UUID, Set<Theme>>();
        jdbc.query("select t.need_id, t.theme from matching_need_theme t join matching_need n on n.id = t.need_id where " + filter,
                (ResultSet row) -> {
                    themes.computeIfAbsent(row.getObject(1, UUID.class), key -> new HashSet<>()).add(Theme.valueOf(row.getString(2)));
                }, arguments);
        var models = new HashMap<UUID, Set<CooperationModel>>();
        jdbc.query("select m.need_id, m.model from matching_need_model m join matching_need n on n.id = m.need_id where " + filter,
                (ResultSet row) -> {
                    models.computeIfAbsent(row.getObject(1, UUID.class), key -> new HashSet<>()).add(CooperationModel.valueOf(row.getString(2)));
                }, arguments);
        var rows = new ArrayList<Object[]>();
        jdbc.query("select n.id, n.organization_id, n.title, n.description, n.contribution, n.commune_code, n.reach, n.quantity,"
                + " n.deadline, n.last_activity_at from matching_need n where " + filter, (ResultSet row) -> {
            rows.add(new Object[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                    row.getString(5), row.getString(6), row.getString(7), row.getBigDecimal(8), row.getObject(9, LocalDate.class),
                    row.getTimestamp(10).toInstant()});
        }, arguments);
        var names = names(rows.stream().map(row -> (UUID) row[1]).toList());
        for (var row : rows) {
            var needId = (UUID) row[0];
            var facts = new MatchScoring.NeedFacts(needId, (UUID) row[1], (String) row[2], themes.getOrDefault(needId, Set.of()),
                    Contribution.valueOf((String) row[4]), models.getOrDefault(needId, Set.of()), (String) row[5],
                    Reach.valueOf((String) row[6]), (BigDecimal) row[7], (LocalDate) row[8], (Instant) row[9]);
            into.put(needId, forms.need(facts, names.getOrDefault((UUID) row[1], ""), (String) row[3]));
        }
    }

    /** The companies' profiles, all of them or those matching {@code where} (on {@code p}) with this id. */
    void readProfiles(String where, UUID id, Map<UUID, CompanyEntry> into) {
        var filter = where == null ? "true" : where;
        Object[] arguments = id == null ? new Object[0] : new Object[] {id};
        var themes = new HashMap<UUID, Set<Theme>>();
        jdbc.query("select p.organization_id, p.theme from matching_profile_theme p where " + filter, (ResultSet row) -> {
            themes.computeIfAbsent(row.getObject(1, UUID.class), key -> new HashSet<>()).add(Theme.valueOf(row.getString(2)));
        }, arguments);
        var contributions = new HashMap<UUID, Map<Contribution, Integer>>();
        jdbc.query("select p.organization_id, p.contribution, p.capacity from matching_profile_contribution p where " + filter, (ResultSet row) -> {
            int capacity = row.getInt(3);
            contributions.computeIfAbsent(row.getObject(1, UUID.class), key -> new EnumMap<>(Contribution.class))
                    .put(Contribution.valueOf(row.getString(2)), capacity == 0 ? null : capacity);
        }, arguments);
        var communes = new HashMap<UUID, Set<String>>();
        jdbc.query("select p.organization_id, p.commune_code from matching_profile_commune p where " + filter, (ResultSet row) -> {
            communes.computeIfAbsent(row.getObject(1, UUID.class), key -> new LinkedHashSet<>()).add(row.getString(2));
        }, arguments);
        var targets = new HashMap<UUID, List<Category>>();
        jdbc.query("select p.organization_id, p.category from matching_profile_category p where " + filter + " order by p.organization_id, p.position",
                (ResultSet row) -> {
                    targets.computeIfAbsent(row.getObject(1, UUID.class), key -> new ArrayList<>()).add(Category.valueOf(row.getString(2)));
                }, arguments);
        var maturities = new HashMap<UUID, MaturityLevel>();
        jdbc.query("select p.organization_id, p.maturity from matching_profile p where p.hidden_reason is null and " + filter, (ResultSet row) -> {
            var maturity = row.getString(2);
            maturities.put(row.getObject(1, UUID.class), maturity == null ? null : MaturityLevel.valueOf(maturity));
        }, arguments);
        var names = names(maturities.keySet());
        for (var companyId : maturities.keySet()) {
            var profile = new PartnerProfile(companyId, themes.getOrDefault(companyId, Set.of()),
                    contributions.getOrDefault(companyId, Map.of()), communes.getOrDefault(companyId, Set.of()),
                    targets.getOrDefault(companyId, List.of()), maturities.get(companyId));
            into.put(companyId, forms.company(profile, names.getOrDefault(companyId, "")));
        }
    }

    private Map<UUID, String> names(Collection<UUID> ids) {
        var result = new HashMap<UUID, String>();
        var all = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            organizations.findAll(all.subList(from, Math.min(all.size(), from + 1000))).values()
                    .forEach((Organization organization) -> result.put(organization.id(), organization.name()));
        }
        return result;
    }
}
