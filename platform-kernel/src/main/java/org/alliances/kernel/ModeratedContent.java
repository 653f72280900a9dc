package org.alliances.kernel;

import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

/**
 * A module's contents that members can report: the moderation finds what a report is about here, and hides or shows it
 * again here, in its own transaction. A hidden content is shown to nobody but its author and the admins; the module
 * that owns it keeps it out of its lists, searches and recommendations.
 */
public interface ModeratedContent {

    /** What the moderation shows of a content in its queue. */
    record Summary(ContentKind kind, UUID id, @Nullable UUID authorOrganizationId, String title, String excerpt, String route) {

        /** The most characters of a text the queue shows. */
        public static final int EXCERPT = 300;

        /** The beginning of a text, for the queue. */
        public static String excerpt(String text) {
            return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT) + "…";
        }
    }

    /** The kinds this module owns. */
    Set<ContentKind> kinds();

    /** The content, hidden or not; empty when it does not exist (or no longer). */
    Optional<Summary> find(ContentKind kind, UUID id);

    /** Hides the content from everyone but its author and the admins, or shows it again when {@code reason} is null. */
    void hide(ContentKind kind, UUID id, @Nullable ReportReason reason);
}
