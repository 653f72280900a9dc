package org.alliances.kernel;

import java.util.UUID;

/**
 * Where a member reports a content, from any module's screen (the moderation implements it). A report by an
 * organisation counts once per content; three organisations and the content is hidden until an admin decides.
 */
public interface ContentReports {

    /** The longest comment a report takes. */
    TextColumn COMMENT = TextColumn.lines("moderation_report", "comment", 1000);

    /**
     * Reports the content on behalf of the signed-in member's organisation.
     *
     * @throws InvalidInputException when the reason is missing, the comment too long or holding control characters,
     *                               the content unknown or one's own, or too many reports were sent this hour
     */
    void report(ContentKind kind, UUID id, ReportReason reason, String comment);
}
