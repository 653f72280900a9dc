package org.alliances.notifications.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import org.alliances.notifications.Channel;
import org.alliances.notifications.Notification;
import org.alliances.notifications.NotificationKind;

@Entity
@Table(name = "notifications_notification")
public class StoredNotification {

    private static final String SEPARATOR = "\u001f";

    @Id
    private UUID id;
    @Column(name = "account_id")
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private NotificationKind kind;
    @Column(name = "message_key")
    private String messageKey;
    private String arguments;
    /** What caused it (event and recipient): a second delivery of the same event finds it and adds nothing. */
    @Column(name = "source_key")
    private String sourceKey;
    @Enumerated(EnumType.STRING)
    private Channel channel;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "read_at")
    private Instant readAt;
    @Column(name = "sent_at")
    private Instant sentAt;
    /** The conversation a message notification is about; null for every other kind. */
    @Column(name = "thread_id")
    private UUID threadId;

    protected StoredNotification() {
    }

    public StoredNotification(UUID accountId, NotificationKind kind, String messageKey, List<String> arguments,
                              String sourceKey, Channel channel, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.kind = kind;
        this.messageKey = messageKey;
        this.arguments = String.join(SEPARATOR, arguments);
        this.sourceKey = sourceKey;
        this.channel = channel;
        this.createdAt = now;
    }

    /** A notification about a conversation's new message. */
    public static StoredNotification ofMessage(UUID accountId, UUID threadId, String messageKey, List<String> arguments, String sourceKey,
                                               Channel channel, Instant now) {
        var notification = new StoredNotification(accountId, NotificationKind.MESSAGES, messageKey, arguments, sourceKey, channel, now);
        notification.threadId = threadId;
        return notification;
    }

    public Notification toNotification() {
        return new Notification(id, kind, messageKey, arguments(), createdAt, readAt != null);
    }

    /** The arguments as stored, with every one equal to the name (or holding it) written {@code replacement}. */
    static String withoutName(String arguments, String name, String replacement) {
        return Arrays.stream(arguments.split(SEPARATOR, -1)).map(argument -> argument.contains(name) ? argument.replace(name, replacement) : argument)
                .collect(java.util.stream.Collectors.joining(SEPARATOR));
    }

    public List<String> arguments() {
        return arguments == null || arguments.isEmpty() ? List.of() : Arrays.asList(arguments.split(SEPARATOR, -1));
    }

    public void markSent(Instant now) {
        sentAt = now;
    }

    /** The member has read what it tells (the conversation, for a message): no e-mail about it any more. */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    public UUID threadId() {
        return threadId;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public String sourceKey() {
        return sourceKey;
    }

    public UUID id() {
        return id;
    }

    public UUID accountId() {
        return accountId;
    }

    public String messageKey() {
        return messageKey;
    }

    public Channel channel() {
        return channel;
    }
}
