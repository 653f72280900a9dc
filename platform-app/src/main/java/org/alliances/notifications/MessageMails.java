package org.alliances.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.accounts.AccountService;
import org.alliances.conversations.MessageNotices;
import org.alliances.kernel.Territories;
import org.alliances.kernel.runtime.Links;
import org.alliances.kernel.runtime.Mailer;
import org.alliances.notifications.internal.MessageTextChoices;
import org.alliances.notifications.internal.StoredNotification;
import org.alliances.notifications.internal.StoredNotifications;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The e-mails about new messages, for the members who chose e-mail for them: only for a message still unread
 * {@link #UNREAD_FOR} after it came (a member who answers at once gets none), at most one per conversation and
 * {@link #AT_MOST_EVERY} (what came meanwhile waits for the next one and goes in it), saying who wrote and linking to
 * the conversation, with the text unless the member chose otherwise.
 */
@Service
public class MessageMails {

    public static final Duration UNREAD_FOR = Duration.ofMinutes(15);
    public static final Duration AT_MOST_EVERY = Duration.ofHours(1);

    private final StoredNotifications notifications;
    private final MessageNotices messages;
    private final MessageTextChoices textChoices;
    private final AccountService accounts;
    private final Mailer mailer;
    private final I18NProvider translations;
    private final Links links;
    private final Clock clock;

    MessageMails(StoredNotifications notifications, MessageNotices messages, MessageTextChoices textChoices, AccountService accounts,
                 Mailer mailer, I18NProvider translations, Links links, Clock clock) {
        this.notifications = notifications;
        this.messages = messages;
        this.textChoices = textChoices;
        this.accounts = accounts;
        this.mailer = mailer;
        this.translations = translations;
        this.links = links;
        this.clock = clock;
    }

    /** Every minute: e-mails each member once per conversation about its messages unread for long enough; returns how many e-mails. */
    @Scheduled(cron = "${alliances.notifications.messages-cron:0 * * * * *}")
    @SchedulerLock(name = "message-mails", lockAtLeastFor = "PT30S")
    @Transactional
    public int sendUnread() {
        var now = clock.instant();
        var due = new LinkedHashMap<Map.Entry<UUID, UUID>, List<StoredNotification>>();
        notifications.messagesUnreadSince(Channel.EMAIL, now.minus(UNREAD_FOR))
                .forEach(notification -> due.computeIfAbsent(Map.entry(notification.accountId(), notification.threadId()), key -> new ArrayList<>())
                        .add(notification));
        int sent = 0;
        for (var entry : due.entrySet()) {
            var accountId = entry.getKey().getKey();
            var conversationId = entry.getKey().getValue();
            var unread = new ArrayList<MessageNotices.Notice>();
            var waiting = new ArrayList<StoredNotification>();
            for (var notification : entry.getValue()) {
                var notice = messages.of(messageIdOf(notification)).orElse(null);
                if (notice == null || messages.hasRead(conversationId, accountId, notice.sentAt())) {
                    notification.markRead(now);
                } else {
                    unread.add(notice);
                    waiting.add(notification);
                }
            }
            if (unread.isEmpty() || notifications.lastMailed(accountId, conversationId, Channel.EMAIL)
                    .filter(last -> last.isAfter(now.minus(AT_MOST_EVERY))).isPresent()) {
                continue;
            }
            var account = accounts.find(accountId);
            if (account.isEmpty()) {
                continue;
            }
            mailer.send("notification-" + NotificationKind.MESSAGES.name(), account.get().email(),
                    translate("mail.subject.MESSAGES", unread.getLast().authorOrganizationName()),
                    text(unread, conversationId, textChoices.withText(accountId)));
            waiting.forEach(notification -> notification.markSent(now));
            sent++;
        }
        return sent;
    }

    private String text(List<MessageNotices.Notice> unread, UUID conversationId, boolean withText) {
        var times = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT).withLocale(Locale.FRENCH);
        var text = new StringBuilder();
        for (var notice : unread) {
            var author = notice.authorName().isBlank() ? translate("conversations.former-member") : notice.authorName();
            text.append(translate("mail.message.line", author, notice.authorOrganizationName(),
                    times.format(notice.sentAt().atZone(Territories.TIME_ZONE)))).append('\n');
            if (withText && !notice.body().isEmpty()) {
                text.append(notice.body().indent(2)).append('\n');
            }
        }
        if (!withText) {
            text.append(translate("mail.message.without-text")).append('\n');
        }
        text.append(translate("mail.message.link", links.to("conversation", conversationId.toString())));
        return text.toString();
    }

    /** The message a notification is about, from its source key ({@code message:<message id>:<account id>}). */
    private static UUID messageIdOf(StoredNotification notification) {
        return UUID.fromString(notification.sourceKey().split(":")[1]);
    }

    private String translate(String key, Object... arguments) {
        return translations.getTranslation(key, Locale.FRENCH, arguments);
    }
}
