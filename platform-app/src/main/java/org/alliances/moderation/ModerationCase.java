package org.alliances.moderation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ReportReason;
import org.alliances.moderation.Moderation.CaseStatus;
import org.jspecify.annotations.Nullable;

/**
 * A content reported, as the admins and its author see it: what it is (title, excerpt, where it is read), where the case
 * stands, the reports (reason, comment, day; never who sent them) and the decision.
 *
 * @param title the content's title, or null when it no longer exists
 */
public record ModerationCase(UUID id, ContentKind kind, UUID contentId, @Nullable UUID authorOrganizationId, CaseStatus status,
                             @Nullable String title, @Nullable String excerpt, @Nullable String route,
                             @Nullable ReportReason hiddenReason, @Nullable String decisionNote, Instant openedAt,
                             @Nullable Instant reviewAskedAt, @Nullable String reviewMessage, List<Report> reports) {

    /** One organisation's report. */
    public record Report(ReportReason reason, @Nullable String comment, Instant at) {
    }
}
