package org.alliances.observatory.internal;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import org.alliances.kernel.DomainEvent;
import org.alliances.observatory.Metric;
import org.alliances.partnerships.ContributionKind;
import org.postgresql.PGConnection;

/**
 * The read model in memory, for a rebuild: the replayed events are applied here, then everything is written at once
 * with PostgreSQL's COPY in place of the previous content.
 */
final class MemoryReadModel implements ReadModel {

    private static final int COPY_CHUNK = 50_000;

    private final Set<String> applied = new HashSet<>();
    private final Map<UUID, OrganizationRow> organizations = new HashMap<>();
    private final Map<UUID, NeedRow> needs = new HashMap<>();
    private final Map<UUID, InterestRow> interests = new HashMap<>();
    private final Map<UUID, String> partnerships = new HashMap<>();
    private final Map<UUID, ContributionRow> contributions = new HashMap<>();
    private final Map<String, Integer> contributionLines = new HashMap<>();
    private final Deltas deltas;
    private int leftOut;

    MemoryReadModel(Function<String, List<String>> areasOfCommune) {
        this.deltas = new Deltas(areasOfCommune);
    }

    @Override
    public boolean firstTime(String eventKey) {
        return applied.add(eventKey);
    }

    @Override
    public Optional<OrganizationRow> organization(UUID id) {
        return Optional.ofNullable(organizations.get(id));
    }

    @Override
    public void save(OrganizationRow organization) {
        organizations.put(organization.id(), organization);
    }

    @Override
    public Optional<NeedRow> need(UUID id) {
        return Optional.ofNullable(needs.get(id));
    }

    @Override
    public void save(NeedRow need) {
        needs.put(need.id(), need);
    }

    @Override
    public Optional<InterestRow> interest(UUID id) {
        return Optional.ofNullable(interests.get(id));
    }

    @Override
    public void save(InterestRow interest) {
        interests.put(interest.id(), interest);
    }

    @Override
    public Optional<String> partnershipCommune(UUID partnershipId) {
        return Optional.ofNullable(partnerships.get(partnershipId));
    }

    @Override
    public void savePartnership(UUID partnershipId, String communeCode) {
        partnerships.putIfAbsent(partnershipId, communeCode);
    }

    @Override
    public Optional<ContributionRow> contribution(UUID id) {
        return Optional.ofNullable(contributions.get(id));
    }

    @Override
    public void save(ContributionRow contribution) {
        if (contributions.putIfAbsent(contribution.id(), contribution) == null) {
            contributionLines.merge(contribution.partnershipId() + ":" + contribution.kind(), 1, Integer::sum);
        }
    }

    @Override
    public void delete(ContributionRow contribution) {
        if (contributions.remove(contribution.id()) != null) {
            contributionLines.merge(contribution.partnershipId() + ":" + contribution.kind(), -1, Integer::sum);
        }
    }

    @Override
    public boolean hasContribution(UUID partnershipId, ContributionKind kind) {
        return contributionLines.getOrDefault(partnershipId + ":" + kind, 0) > 0;
    }

    @Override
    public void add(String communeCode, Metric metric, String dimension, int month, long count, BigDecimal amount) {
        deltas.add(communeCode, metric, dimension, month, count, amount);
    }

    /**
     * Applies a replayed event. The replays come in order, so an event awaiting another only happens when what it
     * follows is gone from its module (an answer to an interest of a need since deleted): it is left out, and counted.
     */
    void apply(DomainEvent event) {
        try {
            Projection.apply(event, this);
        } catch (Projection.MissingPredecessor missing) {
            leftOut++;
        }
    }

    int leftOut() {
        return leftOut;
    }

    int appliedEvents() {
        return applied.size();
    }

    /** Writes the figures (and, unless only the figures are wanted, what the projection remembers) with COPY. */
    void writeTo(Connection connection, boolean figuresOnly) throws SQLException, IOException {
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        var figures = deltas.moves().entrySet().stream().map(entry -> String.join("\t", entry.getKey().area(), entry.getKey().metric(),
                entry.getKey().dimension(), Integer.toString(entry.getKey().month()), Long.toString(entry.getValue().count()),
                entry.getValue().amount().toPlainString())).toList();
        copy(copy, "observatory_figure (territory, metric, dimension, month, n, amount)", figures);
        if (figuresOnly) {
            return;
        }
        copy(copy, "observatory_applied_event (event_key)", List.copyOf(applied));
        copy(copy, "observatory_organization (id, type, commune_code, status, maturity, maturity_at)", organizations.values().stream()
                .map(o -> String.join("\t", o.id().toString(), o.type(), o.communeCode(), o.status(), nullable(o.maturity()),
                        o.maturityAt() == null ? "\\N" : o.maturityAt().toString())).toList());
        copy(copy, "observatory_need (id, commune_code, themes, categories, status)", needs.values().stream()
                .map(n -> String.join("\t", n.id().toString(), n.communeCode(), JdbcReadModel.join(n.themes()),
                        JdbcReadModel.join(n.categories()), n.status())).toList());
        copy(copy, "observatory_interest (id, commune_code, expressed_at, answered)", interests.values().stream()
                .map(i -> String.join("\t", i.id().toString(), i.communeCode(), i.expressedAt().toString(), Boolean.toString(i.answered())))
                .toList());
        copy(copy, "observatory_partnership (id, commune_code)", partnerships.entrySet().stream()
                .map(p -> p.getKey() + "\t" + p.getValue()).toList());
        copy(copy, "observatory_contribution (id, partnership_id, kind, amount)", contributions.values().stream()
                .map(c -> String.join("\t", c.id().toString(), c.partnershipId().toString(), c.kind().name(), c.amount().toPlainString()))
                .toList());
    }

    private static String nullable(String value) {
        return value == null ? "\\N" : value;
    }

    private static void copy(org.postgresql.copy.CopyManager copy, String table, List<String> lines) throws SQLException, IOException {
        for (int from = 0; from < lines.size(); from += COPY_CHUNK) {
            var chunk = String.join("\n", lines.subList(from, Math.min(lines.size(), from + COPY_CHUNK))) + "\n";
            copy.copyIn("copy " + table + " from stdin", new StringReader(chunk));
        }
    }
}
