package org.alliances.observatory.internal;

import org.alliances.observatory.AreaTree;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Applies one event to the read model in PostgreSQL, inside the listener's transaction. */
@Component
public class EventApplier {

    private final JdbcTemplate jdbc;
    private final AreaTree tree;

    EventApplier(JdbcTemplate jdbc, AreaTree tree) {
        this.jdbc = jdbc;
        this.tree = tree;
    }

    /** @return false when the event had been applied before, or is not one the observatory follows */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean apply(Object event) {
        var model = new JdbcReadModel(jdbc, new Deltas(tree::keysOf));
        var applied = Projection.apply(event, model);
        model.flush();
        return applied;
    }
}
