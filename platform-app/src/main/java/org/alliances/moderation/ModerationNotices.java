package org.alliances.moderation;

import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.ModeratedContent.Summary;
import org.alliances.kernel.ReportReason;
import org.alliances.notifications.NotificationCenter;
import org.alliances.notifications.NotificationKind;
import org.springframework.stereotype.Component;

/**
 * Who the moderation tells: the author's members when their content is suspended, hidden (with why) or shown again;
 * the admins when a content is suspended or its author asks for a review.
 */
@Component
class ModerationNotices {

    private final NotificationCenter center;
    private final AccountService accounts;
    private final I18NProvider texts;

    ModerationNotices(NotificationCenter center, AccountService accounts, I18NProvider texts) {
        this.center = center;
        this.accounts = accounts;
        this.texts = texts;
    }

    void suspended(Summary content) {
        var source = "moderation-suspended:" + content.id() + ":" + System.nanoTime();
        toAuthor(content.authorOrganizationId(), source, "notification.moderation.suspended.author", content.title());
        accounts.activeAdmins().forEach(admin -> center.notify(admin.id(), NotificationKind.MODERATION, source,
                "notification.moderation.suspended", content.title()));
    }

    void hidden(Summary content, ReportReason reason) {
        toAuthor(content.authorOrganizationId(), "moderation-hidden:" + content.id() + ":" + System.nanoTime(),
                "notification.moderation.hidden", content.title(), texts.getTranslation(reason.labelKey(), Locale.FRENCH));
    }

    void restored(Summary content) {
        toAuthor(content.authorOrganizationId(), "moderation-restored:" + content.id() + ":" + System.nanoTime(),
                "notification.moderation.restored", content.title());
    }

    void reviewAsked(ModerationCase hidden) {
        var source = "moderation-review:" + hidden.id() + ":" + System.nanoTime();
        accounts.activeAdmins().forEach(admin -> center.notify(admin.id(), NotificationKind.MODERATION, source,
                "notification.moderation.review", hidden.title() == null ? "" : hidden.title()));
    }

    private void toAuthor(UUID organization, String source, String key, String... arguments) {
        if (organization != null) {
            accounts.activeMembersOf(organization).forEach(member -> center.notify(member.id(), NotificationKind.MODERATION, source, key,
                    arguments));
        }
    }
}
