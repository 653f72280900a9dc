package org.alliances.moderation;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ModeratedContent.Summary;
import org.alliances.kernel.ReportReason;
import org.alliances.moderation.Moderation.CaseStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The moderation's tables: one live case per content, its reports, its decision. */
@Component
class ModerationCases {

    private static final String CASE_COLUMNS = "id, content_kind, content_id, author_organization_id, status, hidden_reason, decision_note, "
            + "opened_at, review_asked_at, review_message";
    /** What an admin decides now: suspended contents, reviews asked, then reports, the oldest first. */
    private static final String WAITING = "status in ('REPORTED', 'SUSPENDED') or status = 'HIDDEN' and review_asked_at is not null";

    private final JdbcTemplate jdbc;

    ModerationCases(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int reportsSince(UUID member, Instant since) {
        return jdbc.queryForObject("select count(*) from moderation_report where reporter_account_id = ? and created_at > ?", Integer.class,
                member, Timestamp.from(since));
    }

    /** The content's live case, opened now when it has none. */
    UUID liveOrNew(Summary content, Instant now) {
        jdbc.update("insert into moderation_case (id, content_kind, content_id, author_organization_id, status, opened_at) "
                        + "values (?, ?, ?, ?, 'REPORTED', ?) on conflict do nothing",
                UUID.randomUUID(), content.kind().name(), content.id(), content.authorOrganizationId(), Timestamp.from(now));
        return jdbc.queryForObject("select id from moderation_case where content_kind = ? and content_id = ? "
                + "and status in ('REPORTED', 'SUSPENDED', 'HIDDEN')", UUID.class, content.kind().name(), content.id());
    }

    /** Adds the organisation's report; false when it had reported this case already (it counts once). */
    boolean addReport(UUID caseId, UUID organization, UUID member, ReportReason reason, @Nullable String comment, Instant now) {
        return jdbc.update("insert into moderation_report (id, case_id, reporter_organization_id, reporter_account_id, reason, comment, "
                + "created_at) values (?, ?, ?, ?, ?, ?, ?) on conflict do nothing", UUID.randomUUID(), caseId, organization, member,
                reason.name(), comment, Timestamp.from(now)) == 1;
    }

    CaseStatus status(UUID caseId) {
        return CaseStatus.valueOf(jdbc.queryForObject("select status from moderation_case where id = ?", String.class, caseId));
    }

    int reportingOrganizations(UUID caseId) {
        return jdbc.queryForObject("select count(distinct reporter_organization_id) from moderation_report where case_id = ?", Integer.class,
                caseId);
    }

    void decide(UUID caseId, CaseStatus status, @Nullable ReportReason reason, @Nullable String note, @Nullable UUID by, Instant now) {
        jdbc.update("update moderation_case set status = ?, hidden_reason = ?, decision_note = ?, decided_by = ?, decided_at = ?, "
                        + "review_asked_at = null, review_message = null where id = ?",
                status.name(), reason == null ? null : reason.name(), note, by, Timestamp.from(now), caseId);
    }

    void askReview(UUID caseId, @Nullable String message, Instant now) {
        jdbc.update("update moderation_case set review_asked_at = ?, review_message = ? where id = ?", Timestamp.from(now), message, caseId);
    }

    List<ModerationCase> waiting(BiFunction<ContentKind, UUID, Optional<Summary>> contents) {
        return cases("where " + WAITING + " order by case status when 'SUSPENDED' then 0 when 'HIDDEN' then 1 else 2 end, opened_at",
                contents);
    }

    int waitingCount() {
        return jdbc.queryForObject("select count(*) from moderation_case where " + WAITING, Integer.class);
    }

    int hiddenCount(UUID organization) {
        return jdbc.queryForObject("select count(*) from moderation_case where author_organization_id = ? and status in ('SUSPENDED', 'HIDDEN')",
                Integer.class, organization);
    }

    List<ModerationCase> hiddenOf(UUID organization, BiFunction<ContentKind, UUID, Optional<Summary>> contents) {
        return cases("where author_organization_id = ? and status in ('SUSPENDED', 'HIDDEN') order by opened_at desc", contents, organization);
    }

    Optional<ModerationCase> find(UUID caseId, BiFunction<ContentKind, UUID, Optional<Summary>> contents) {
        return cases("where id = ?", contents, caseId).stream().findFirst();
    }

    private List<ModerationCase> cases(String where, BiFunction<ContentKind, UUID, Optional<Summary>> contents, Object... arguments) {
        return jdbc.query("select " + CASE_COLUMNS + " from moderation_case " + where, (row, n) -> toCase(row, contents), arguments);
    }

    private ModerationCase toCase(ResultSet row, BiFunction<ContentKind, UUID, Optional<Summary>> contents) throws SQLException {
        var id = row.getObject("id", UUID.class);
        var kind = ContentKind.valueOf(row.getString("content_kind"));
        var contentId = row.getObject("content_id", UUID.class);
        var content = contents.apply(kind, contentId);
        var hiddenReason = row.getString("hidden_reason");
        var reviewAsked = row.getTimestamp("review_asked_at");
        var reports = jdbc.query("select reason, comment, created_at from moderation_report where case_id = ? order by created_at",
                (report, m) -> new ModerationCase.Report(ReportReason.valueOf(report.getString(1)), report.getString(2),
                        report.getTimestamp(3).toInstant()), id);
        return new ModerationCase(id, kind, contentId, row.getObject("author_organization_id", UUID.class),
                CaseStatus.valueOf(row.getString("status")), content.map(Summary::title).orElse(null),
                content.map(Summary::excerpt).orElse(null), content.map(Summary::route).orElse(null),
                hiddenReason == null ? null : ReportReason.valueOf(hiddenReason), row.getString("decision_note"),
                row.getTimestamp("opened_at").toInstant(), reviewAsked == null ? null : reviewAsked.toInstant(),
                row.getString("review_message"), reports);
    }
}
