package org.alliances.observatory.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.DoubleConsumer;

import org.alliances.diagnosis.DiagnosisReplay;
import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.OrganizationReplay;
import org.alliances.matching.MatchingReplay;
import org.alliances.observatory.AreaTree;
import org.alliances.partnerships.PartnershipReplay;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Rebuilds the read model from scratch: the modules replay what their events said (from their own tables, through
 * their APIs), the events are applied in memory, and the result replaces the read model in one transaction. Events
 * arriving meanwhile wait for it (the applied events' table is locked), then count only if the replay did not.
 */
@Component
public class Rebuild {

    private static final Logger LOG = LoggerFactory.getLogger(Rebuild.class);
    private static final List<String> TABLES = List.of("observatory_figure", "observatory_applied_event", "observatory_organization",
            "observatory_need", "observatory_interest", "observatory_partnership", "observatory_contribution",
            "observatory_waiting_event");

    private final JdbcTemplate jdbc;
    private final AreaTree tree;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final List<Consumer<Consumer<DomainEvent>>> replays;

    Rebuild(JdbcTemplate jdbc, AreaTree tree, PlatformTransactionManager transactions, Clock clock, OrganizationReplay organizations,
            DiagnosisReplay diagnoses, MatchingReplay matching, PartnershipReplay partnerships) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.replays = List.of(organizations::replay, diagnoses::replay, matching::replay, partnerships::replay);
    }

    /** Whether the read model was ever built from the replays (not on a platform that predates it). */
    public boolean everRebuilt() {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from observatory_rebuild)", Boolean.class));
    }

    /** @return how many events were applied */
    public int run(DoubleConsumer progress) {
        var applied = transaction.execute(status -> {
            jdbc.execute("lock table observatory_applied_event in exclusive mode");
            var memory = new MemoryReadModel(tree::keysOf);
            for (int i = 0; i < replays.size(); i++) {
                replays.get(i).accept(event -> memory.apply(event));
                progress.accept((i + 1.0) / (replays.size() + 1));
            }
            jdbc.execute("truncate table " + String.join(", ", TABLES));
            jdbc.execute((ConnectionCallback<Void>) connection -> {
                try {
                    memory.writeTo(connection, false);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return null;
            });
            jdbc.update("insert into observatory_rebuild (id, rebuilt_at, events) values (1, ?, ?) "
                    + "on conflict (id) do update set rebuilt_at = excluded.rebuilt_at, events = excluded.events",
                    Timestamp.from(clock.instant()), memory.appliedEvents());
            if (memory.leftOut() > 0) {
                LOG.warn("Observatory rebuild: {} replayed events left out, what they follow being gone from its module", memory.leftOut());
            }
            return memory.appliedEvents();
        });
        progress.accept(1.0);
        LOG.info("Observatory rebuilt from {} replayed events", applied);
        return applied;
    }
}
