package org.alliances.observatory.internal;

import java.util.Comparator;
import java.util.List;

import org.alliances.kernel.DomainEvent;
import org.alliances.observatory.AreaTree;
import org.alliances.observatory.internal.Projection.MissingPredecessor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.core.EventSerializer;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies one event to the read model in PostgreSQL, inside the listener's transaction. Listeners run in parallel, so
 * an event may come before the one it follows (a stage change before the partnership's start): it then waits in
 * {@code observatory_waiting_event} and is applied as soon as what it awaits arrives. Events about the same thing
 * hold the same lock while they are applied, so that an event never waits for one that has just gone by.
 */
@Component
public class EventApplier {

    private final JdbcTemplate jdbc;
    private final AreaTree tree;
    private final EventSerializer serializer;

    EventApplier(JdbcTemplate jdbc, AreaTree tree, EventSerializer serializer) {
        this.jdbc = jdbc;
        this.tree = tree;
        this.serializer = serializer;
    }

    /** @return false when the event had been applied before, waits for another, or is not one the observatory follows */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean apply(DomainEvent event) {
        Projection.about(event).stream().sorted()
                .forEach(key -> jdbc.queryForList("select pg_advisory_xact_lock(hashtextextended(?, 0))", key));
        return attempt(event, 0);
    }

    /**
     * Applies the event and what was waiting for it, behind a savepoint: when it awaits another event, what it wrote
     * (its key) is undone and it waits.
     */
    private boolean attempt(DomainEvent event, int depth) {
        var savepoint = "observatory_attempt_" + depth;
        jdbc.execute("savepoint " + savepoint);
        try {
            boolean applied = applyAndRelease(event, depth);
            jdbc.execute("release savepoint " + savepoint);
            return applied;
        } catch (MissingPredecessor missing) {
            jdbc.execute("rollback to savepoint " + savepoint);
            jdbc.update("insert into observatory_waiting_event (awaited, event_type, payload) values (?, ?, ?)",
                    missing.awaited(), event.getClass().getName(), serializer.serialize(event).toString());
            return false;
        }
    }

    private boolean applyAndRelease(DomainEvent event, int depth) {
        var model = new JdbcReadModel(jdbc, new Deltas(tree::keysOf));
        boolean applied = Projection.apply(event, model);
        model.flush();
        if (applied) {
            Projection.provides(event).ifPresent(awaited -> release(awaited, depth + 1));
        }
        return applied;
    }

    /** Applies, in the order they came, the events that were waiting for this. */
    private void release(String awaited, int depth) {
        List<DomainEvent> waiting = jdbc.query("delete from observatory_waiting_event where awaited = ? returning id, event_type, payload",
                (rs, i) -> new Waiting(rs.getLong(1), rs.getString(2), rs.getString(3)), awaited).stream()
                .sorted(Comparator.comparingLong(Waiting::id)).map(this::event).toList();
        waiting.forEach(event -> attempt(event, depth));
    }

    private DomainEvent event(Waiting waiting) {
        try {
            return (DomainEvent) serializer.deserialize(waiting.payload(), Class.forName(waiting.type()));
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("A waiting event of an unknown type: " + waiting.type(), e);
        }
    }

    private record Waiting(long id, String type, String payload) {
    }
}
