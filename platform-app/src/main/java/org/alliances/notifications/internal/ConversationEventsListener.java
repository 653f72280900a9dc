package org.alliances.notifications.internal;

import org.alliances.accounts.AccountService;
import org.alliances.conversations.ConversationRead;
import org.alliances.conversations.MessageNotices;
import org.alliances.conversations.MessageSent;
import org.alliances.notifications.NotificationCenter;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the members of the organisation a message was written to: under the bell at once, by e-mail later if still
 * unread (or in the digest), as each chose; once a member reads the conversation, its notifications are read. Keyed by
 * the message, so a redelivered event adds nothing.
 */
@Component
class ConversationEventsListener {

    private final NotificationCenter center;
    private final AccountService accounts;
    private final MessageNotices messages;
    private final StoredNotifications notifications;

    ConversationEventsListener(NotificationCenter center, AccountService accounts, MessageNotices messages, StoredNotifications notifications) {
        this.notifications = notifications;
        this.center = center;
        this.accounts = accounts;
        this.messages = messages;
    }

    /** The member read the conversation: its messages' notifications are read too (and no e-mail will tell of them). */
    @ApplicationModuleListener
    void on(ConversationRead event) {
        notifications.markThreadRead(event.accountId(), event.conversationId(), event.readAt());
    }

    @ApplicationModuleListener
    void on(MessageSent event) {
        messages.of(event.messageId()).ifPresent(notice -> {
            var author = notice.authorName().isBlank() ? notice.authorOrganizationName() : notice.authorName();
            var messageKey = notice.about().isEmpty() ? "notification.message.partnership" : "notification.message";
            accounts.activeMembersOf(event.recipientOrganizationId()).forEach(member -> center.notifyOfMessage(member.id(), event.conversationId(),
                    "message:" + event.messageId(), messageKey, author, notice.authorOrganizationName(), notice.about()));
        });
    }
}
