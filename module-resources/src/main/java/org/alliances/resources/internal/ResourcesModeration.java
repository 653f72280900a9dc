package org.alliances.resources.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ModeratedContent;
import org.alliances.kernel.ReportReason;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The library's published resources (case studies included) the moderation can hide: a hidden one leaves the searches,
 * "Pour vous" and its page for everyone but the organisation that proposed it and the curators. A resource the
 * curators wrote has the platform for author.
 */
@Component
class ResourcesModeration implements ModeratedContent {

    private final JdbcTemplate jdbc;
    private final SearchIndex index;

    ResourcesModeration(JdbcTemplate jdbc, SearchIndex index) {
        this.jdbc = jdbc;
        this.index = index;
    }

    @Override
    public Set<ContentKind> kinds() {
        return Set.of(ContentKind.RESOURCE);
    }

    @Override
    public Optional<Summary> find(ContentKind kind, UUID id) {
        if (kind != ContentKind.RESOURCE) {
            return Optional.empty();
        }
        return jdbc.query("select proposed_by, title, summary from resources_resource where id = ? and status = 'PUBLISHED'",
                (row, n) -> new Summary(kind, id, row.getObject(1, UUID.class), row.getString(2), Summary.excerpt(row.getString(3)), "ressource/" + id),
                id).stream().findFirst();
    }

    @Override
    public void hide(ContentKind kind, UUID id, @Nullable ReportReason reason) {
        if (kind == ContentKind.RESOURCE) {
            jdbc.update("update resources_resource set hidden_reason = ? where id = ?", reason == null ? null : reason.name(), id);
            index.resourceChanged(id);
        }
    }

}
