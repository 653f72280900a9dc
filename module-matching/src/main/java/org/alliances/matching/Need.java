package org.alliances.matching;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Theme;

/** A need as its association and the companies it is recommended to read it. */
public record Need(UUID id, UUID organizationId, NeedStatus status, String title, String description, Set<Theme> themes,
                   Contribution contribution, Set<CooperationModel> models, String communeCode, Reach reach,
                   LocalDate startDate, LocalDate deadline, BigDecimal quantity, Instant publishedAt, Instant lastActivityAt) {

    public NeedForm toForm() {
        return new NeedForm(title, description, themes, contribution, models, communeCode, reach, startDate, deadline, quantity);
    }
}
