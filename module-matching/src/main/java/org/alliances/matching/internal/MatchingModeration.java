package org.alliances.matching.internal;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ModeratedContent;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.ReportReason;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The needs and partner profiles the moderation can hide: a hidden need leaves the recommendations and its page for
 * everyone but its association; a hidden profile leaves the associations' possible partners.
 */
@Component
public class MatchingModeration implements ModeratedContent {

    private final JdbcTemplate jdbc;
    private final MatchIndex index;
    private final OrganizationService organizations;

    MatchingModeration(JdbcTemplate jdbc, MatchIndex index, OrganizationService organizations) {
        this.jdbc = jdbc;
        this.index = index;
        this.organizations = organizations;
    }

    @Override
    public Set<ContentKind> kinds() {
        return Set.of(ContentKind.NEED, ContentKind.PARTNER_PROFILE);
    }

    @Override
    public Optional<Summary> find(ContentKind kind, UUID id) {
        if (kind == ContentKind.NEED) {
            return jdbc.query("select organization_id, title, coalesce(description, '') from matching_need where id = ? and status <> 'DRAFT'",
                    (row, n) -> new Summary(kind, id, row.getObject(1, UUID.class), row.getString(2), Summary.excerpt(row.getString(3)), "besoin/" + id),
                    id).stream().findFirst();
        }
        if (kind == ContentKind.PARTNER_PROFILE && Boolean.TRUE.equals(jdbc.queryForObject(
                "select count(*) > 0 from matching_profile where organization_id = ?", Boolean.class, id))) {
            var themes = String.join(", ", jdbc.queryForList("select theme from matching_profile_theme where organization_id = ? order by theme",
                    String.class, id));
            return organizations.find(id).map(company -> new Summary(kind, id, id, company.name(), Summary.excerpt(themes), "partenaires"));
        }
        return Optional.empty();
    }

    @Override
    public void hide(ContentKind kind, UUID id, @Nullable ReportReason reason) {
        var code = reason == null ? null : reason.name();
        if (kind == ContentKind.NEED) {
            jdbc.update("update matching_need set hidden_reason = ? where id = ?", code, id);
            index.needChanged(id);
        } else if (kind == ContentKind.PARTNER_PROFILE) {
            jdbc.update("update matching_profile set hidden_reason = ? where organization_id = ?", code, id);
            index.profileChanged(id);
        }
    }

    /** Whether the moderation hid this need. */
    public boolean isHidden(UUID needId) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select count(*) > 0 from matching_need where id = ? and hidden_reason is not null",
                Boolean.class, needId));
    }


}
