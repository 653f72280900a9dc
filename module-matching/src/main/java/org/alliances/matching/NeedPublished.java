package org.alliances.matching;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.Theme;

/** An association published a need (or published it again after an edit): ids and codes only. */
public record NeedPublished(UUID needId, UUID organizationId, Contribution contribution, Set<CooperationModel> models,
                            Set<Theme> themes, String communeCode, Reach reach, Instant publishedAt) implements DomainEvent {
}
