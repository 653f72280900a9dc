package org.alliances.moderation;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ContentReports;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.ModeratedContent;
import org.alliances.kernel.ReportReason;
import org.alliances.kernel.Roles;
import org.alliances.kernel.TextColumn;
import org.alliances.kernel.runtime.SecurityLog;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reports and the admins' decisions. A report counts once per organisation and content; a content reported by
 * {@link #SUSPENSION_REPORTS} organisations is hidden until an admin decides. Admins hide it (the author is told why and
 * may ask for a review), dismiss the reports or restore it. The module that owns a content hides it
 * ({@link ModeratedContent}), in the same transaction as the decision.
 */
@Service
public class Moderation implements ContentReports {

    /** Reports from this many organisations hide a content until an admin decides. */
    public static final int SUSPENSION_REPORTS = 3;
    /** At most this many reports by one member in {@link #REPORT_WINDOW}. */
    public static final int REPORTS_MAX = 20;
    public static final Duration REPORT_WINDOW = Duration.ofHours(1);
    /** What an admin writes to the author when hiding a content. */
    public static final TextColumn DECISION_NOTE = TextColumn.lines("moderation_case", "decision_note", 1000);
    /** What the author writes when asking for a review. */
    public static final TextColumn REVIEW_MESSAGE = TextColumn.lines("moderation_case", "review_message", 1000);

    private static final String ADMIN = "hasRole('" + Roles.ADMIN + "')";
    private static final String ORGANIZATION_MEMBER = "hasAnyRole('" + Roles.ASSOCIATION + "', '" + Roles.COMPANY + "', '"
            + Roles.LOCAL_AUTHORITY + "')";

    private final Map<ContentKind, ModeratedContent> owners;
    private final CurrentOrganization currentOrganization;
    private final ModerationCases cases;
    private final ModerationNotices notices;
    private final SecurityLog securityLog;
    private final Clock clock;

    Moderation(List<ModeratedContent> owners, CurrentOrganization currentOrganization, ModerationCases cases, ModerationNotices notices,
               SecurityLog securityLog, Clock clock) {
        this.owners = owners.stream().flatMap(owner -> owner.kinds().stream().map(kind -> Map.entry(kind, owner)))
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        this.currentOrganization = currentOrganization;
        this.cases = cases;
        this.notices = notices;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    @Override
    @PreAuthorize(ORGANIZATION_MEMBER)
    @Transactional
    public void report(ContentKind kind, UUID id, ReportReason reason, String comment) {
        var problems = new InvalidInputException.Collector();
        if (reason == null) {
            problems.add("reason", "moderation.report.reason.required");
        }
        COMMENT.check("comment", comment, problems);
        problems.throwIfAny();
        var me = currentOrganization.requireWithProvenEmail();
        var member = currentOrganization.memberId().orElseThrow();
        var content = content(kind, id).orElseThrow(() -> InvalidInputException.of("reason", "moderation.report.unknown"));
        if (me.id().equals(content.authorOrganizationId())) {
            throw InvalidInputException.of("reason", "moderation.report.own");
        }
        if (cases.reportsSince(member, clock.instant().minus(REPORT_WINDOW)) >= REPORTS_MAX) {
            throw InvalidInputException.of("reason", "moderation.report.too-many");
        }
        var moderationCase = cases.liveOrNew(content, clock.instant());
        if (!cases.addReport(moderationCase, me.id(), member, reason, comment == null || comment.isBlank() ? null : comment.strip(),
                clock.instant())) {
            return;
        }
        securityLog.event("content-reported", member);
        if (cases.status(moderationCase) == CaseStatus.REPORTED && cases.reportingOrganizations(moderationCase) >= SUSPENSION_REPORTS) {
            cases.decide(moderationCase, CaseStatus.SUSPENDED, null, null, null, clock.instant());
            owners.get(kind).hide(kind, id, ReportReason.OTHER);
            notices.suspended(content);
        }
    }

    /** The cases an admin has to decide: suspended first, then reviews asked, then reports, the oldest first. */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public List<ModerationCase> queue() {
        return cases.waiting(this::content);
    }

    /** How many cases wait for an admin, for the menu. */
    @PreAuthorize(ADMIN)
    @Transactional(readOnly = true)
    public int waiting() {
        return cases.waitingCount();
    }

    /**
     * Hides the content, for the reason given; its author is told why and may ask for a review.
     *
     * @throws InvalidInputException when the reason is missing, the note too long, or the case decided meanwhile
     */
    @PreAuthorize(ADMIN)
    @Transactional
    public void hide(UUID caseId, ReportReason reason, String note) {
        var problems = new InvalidInputException.Collector();
        if (reason == null) {
            problems.add("reason", "moderation.decision.reason.required");
        }
        DECISION_NOTE.check("note", note, problems);
        problems.throwIfAny();
        var found = live(caseId);
        cases.decide(caseId, CaseStatus.HIDDEN, reason, note == null || note.isBlank() ? null : note.strip(), admin(), clock.instant());
        owners.get(found.kind()).hide(found.kind(), found.contentId(), reason);
        content(found.kind(), found.contentId()).ifPresent(content -> notices.hidden(content, reason));
        securityLog.event("content-hidden", admin());
    }

    /** The reports were not founded: the content stays (or is shown again when it was suspended). */
    @PreAuthorize(ADMIN)
    @Transactional
    public void dismiss(UUID caseId) {
        var found = live(caseId);
        cases.decide(caseId, CaseStatus.DISMISSED, null, null, admin(), clock.instant());
        if (found.status() != CaseStatus.REPORTED) {
            owners.get(found.kind()).hide(found.kind(), found.contentId(), null);
        }
    }

    /** Shows a hidden or suspended content again; its author is told. */
    @PreAuthorize(ADMIN)
    @Transactional
    public void restore(UUID caseId) {
        var found = live(caseId);
        if (found.status() == CaseStatus.REPORTED) {
            throw InvalidInputException.of("case", "moderation.decision.not-hidden");
        }
        cases.decide(caseId, CaseStatus.RESTORED, null, null, admin(), clock.instant());
        owners.get(found.kind()).hide(found.kind(), found.contentId(), null);
        content(found.kind(), found.contentId()).ifPresent(notices::restored);
    }

    /** The signed-in member's organisation's contents hidden or suspended now, with why. */
    @PreAuthorize(ORGANIZATION_MEMBER)
    @Transactional(readOnly = true)
    public List<ModerationCase> myHiddenContents() {
        return cases.hiddenOf(currentOrganization.require().id(), this::content);
    }

    /**
     * The author asks an admin to look at a hidden content again, with a message; asked once per decision.
     *
     * @throws InvalidInputException when the message is too long, or the content is not one of theirs still hidden
     */
    @PreAuthorize(ORGANIZATION_MEMBER)
    @Transactional
    public void askReview(UUID caseId, String message) {
        var problems = new InvalidInputException.Collector();
        REVIEW_MESSAGE.check("message", message, problems);
        problems.throwIfAny();
        var me = currentOrganization.requireWithProvenEmail();
        var found = cases.find(caseId, this::content).filter(hidden -> me.id().equals(hidden.authorOrganizationId())
                        && (hidden.status() == CaseStatus.HIDDEN || hidden.status() == CaseStatus.SUSPENDED))
                .orElseThrow(() -> InvalidInputException.of("message", "moderation.review.unknown"));
        if (found.reviewAskedAt() != null) {
            throw InvalidInputException.of("message", "moderation.review.already");
        }
        cases.askReview(caseId, message == null || message.isBlank() ? null : message.strip(), clock.instant());
        notices.reviewAsked(found);
    }

    private ModerationCase live(UUID caseId) {
        return cases.find(caseId, this::content).filter(found -> found.status().isLive())
                .orElseThrow(() -> InvalidInputException.of("case", "moderation.decision.gone"));
    }

    private Optional<ModeratedContent.Summary> content(ContentKind kind, UUID id) {
        var owner = owners.get(kind);
        return owner == null ? Optional.empty() : owner.find(kind, id);
    }

    private @Nullable UUID admin() {
        return currentOrganization.memberId().orElse(null);
    }

    /** Where a case stands. */
    public enum CaseStatus {
        REPORTED, SUSPENDED, HIDDEN, DISMISSED, RESTORED;

        public boolean isLive() {
            return this == REPORTED || this == SUSPENDED || this == HIDDEN;
        }

        public String labelKey() {
            return "moderation.status." + name();
        }
    }
}
