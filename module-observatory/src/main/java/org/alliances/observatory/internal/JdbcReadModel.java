package org.alliances.observatory.internal;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alliances.kernel.Category;
import org.alliances.kernel.Theme;
import org.alliances.observatory.Metric;
import org.alliances.partnerships.ContributionKind;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The read model in PostgreSQL, for one event inside its listener's transaction: rows read and written at once, the
 * figures' moves gathered and written together by {@link #flush()} (one upsert per area and figure).
 */
final class JdbcReadModel implements ReadModel {

    private final JdbcTemplate jdbc;
    private final Deltas deltas;

    JdbcReadModel(JdbcTemplate jdbc, Deltas deltas) {
        this.jdbc = jdbc;
        this.deltas = deltas;
    }

    @Override
    public boolean firstTime(String eventKey) {
        return jdbc.update("insert into observatory_applied_event (event_key) values (?) on conflict do nothing", eventKey) == 1;
    }

    @Override
    public Optional<OrganizationRow> organization(UUID id) {
        return jdbc.query("select id, type, commune_code, status, maturity, maturity_at from observatory_organization where id = ? for update",
                (rs, i) -> new OrganizationRow(rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs.getTimestamp(6))), id).stream().findFirst();
    }

    @Override
    public void save(OrganizationRow o) {
        jdbc.update("""
                insert into observatory_organization (id, type, commune_code, status, maturity, maturity_at) values (?, ?, ?, ?, ?, ?)
                on conflict (id) do update set type = excluded.type, commune_code = excluded.commune_code, status = excluded.status,
                maturity = excluded.maturity, maturity_at = excluded.maturity_at""",
                o.id(), o.type(), o.communeCode(), o.status(), o.maturity(), timestamp(o.maturityAt()));
    }

    @Override
    public Optional<NeedRow> need(UUID id) {
        return jdbc.query("select id, commune_code, themes, categories, status from observatory_need where id = ? for update",
                (rs, i) -> new NeedRow(rs.getObject(1, UUID.class), rs.getString(2), themes(rs.getString(3)),
                        categories(rs.getString(4)), rs.getString(5)), id).stream().findFirst();
    }

    @Override
    public void save(NeedRow n) {
        jdbc.update("""
                insert into observatory_need (id, commune_code, themes, categories, status) values (?, ?, ?, ?, ?)
                on conflict (id) do update set commune_code = excluded.commune_code, themes = excluded.themes,
                categories = excluded.categories, status = excluded.status""",
                n.id(), n.communeCode(), join(n.themes()), join(n.categories()), n.status());
    }

    @Override
    public Optional<InterestRow> interest(UUID id) {
        return jdbc.query("select id, commune_code, expressed_at, answered from observatory_interest where id = ? for update",
                (rs, i) -> new InterestRow(rs.getObject(1, UUID.class), rs.getString(2), instant(rs.getTimestamp(3)),
                        rs.getBoolean(4)), id).stream().findFirst();
    }

    @Override
    public void save(InterestRow r) {
        jdbc.update("""
                insert into observatory_interest (id, commune_code, expressed_at, answered) values (?, ?, ?, ?)
                on conflict (id) do update set answered = excluded.answered""",
                r.id(), r.communeCode(), timestamp(r.expressedAt()), r.answered());
    }

    @Override
    public Optional<String> partnershipCommune(UUID partnershipId) {
        return jdbc.queryForList("select commune_code from observatory_partnership where id = ?", String.class, partnershipId)
                .stream().findFirst();
    }

    @Override
    public void savePartnership(UUID partnershipId, String communeCode) {
        jdbc.update("insert into observatory_partnership (id, commune_code) values (?, ?) on conflict (id) do nothing",
                partnershipId, communeCode);
    }

    @Override
    public Optional<ContributionRow> contribution(UUID id) {
        return jdbc.query("select id, partnership_id, kind, amount from observatory_contribution where id = ? for update",
                (rs, i) -> new ContributionRow(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        ContributionKind.valueOf(rs.getString(3)), rs.getBigDecimal(4)), id).stream().findFirst();
    }

    @Override
    public void save(ContributionRow c) {
        jdbc.update("insert into observatory_contribution (id, partnership_id, kind, amount) values (?, ?, ?, ?) on conflict (id) do nothing",
                c.id(), c.partnershipId(), c.kind().name(), c.amount());
    }

    @Override
    public void delete(ContributionRow c) {
        jdbc.update("delete from observatory_contribution where id = ?", c.id());
    }

    @Override
    public boolean hasContribution(UUID partnershipId, ContributionKind kind) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from observatory_contribution where partnership_id = ? and kind = ?)",
                Boolean.class, partnershipId, kind.name()));
    }

    @Override
    public void add(String communeCode, Metric metric, String dimension, int month, long count, BigDecimal amount) {
        deltas.add(communeCode, metric, dimension, month, count, amount);
    }

    /** Writes the figures' moves gathered so far, in key order. */
    void flush() {
        if (deltas.isEmpty()) {
            return;
        }
        var rows = new ArrayList<Object[]>();
        deltas.moves().forEach((key, move) -> rows.add(new Object[]{key.area(), key.metric(), key.dimension(), key.month(),
                move.count(), move.amount()}));
        jdbc.batchUpdate("""
                insert into observatory_figure (territory, metric, dimension, month, n, amount) values (?, ?, ?, ?, ?, ?)
                on conflict (territory, metric, dimension, month)
                do update set n = observatory_figure.n + excluded.n, amount = observatory_figure.amount + excluded.amount""", rows);
        deltas.clear();
    }

    static String join(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    static Set<Theme> themes(String joined) {
        var result = EnumSet.noneOf(Theme.class);
        Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).map(Theme::valueOf).forEach(result::add);
        return result;
    }

    static Set<Category> categories(String joined) {
        var result = EnumSet.noneOf(Category.class);
        Arrays.stream(joined.split(",")).filter(s -> !s.isEmpty()).map(Category::valueOf).forEach(result::add);
        return result;
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
