package org.alliances.notifications.internal;

import java.util.List;
import java.util.UUID;

import org.alliances.notifications.Channel;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

public interface StoredNotifications extends JpaRepository<StoredNotification, UUID> {

    boolean existsBySourceKey(String sourceKey);

    long countByAccountIdAndReadAtIsNull(UUID accountId);

    Page<StoredNotification> findByAccountIdOrderByCreatedAtDesc(UUID accountId, Pageable pageable);

    List<StoredNotification> findByChannelAndSentAtIsNullOrderByAccountIdAscCreatedAtAsc(Channel channel);

    /** The message notifications to e-mail, once unread for long enough. */
    @Query("select n from StoredNotification n where n.kind = org.alliances.notifications.NotificationKind.MESSAGES and n.channel = :channel "
            + "and n.sentAt is null and n.readAt is null and n.createdAt <= :before order by n.accountId, n.threadId, n.createdAt")
    List<StoredNotification> messagesUnreadSince(Channel channel, java.time.Instant before);

    /** When the member was last e-mailed about the conversation, if ever. */
    @Query("select max(n.sentAt) from StoredNotification n where n.accountId = :accountId and n.threadId = :threadId and n.channel = :channel")
    java.util.Optional<java.time.Instant> lastMailed(UUID accountId, UUID threadId, Channel channel);

    /** The member's notifications of a conversation's messages, read: the member read the conversation. */
    @Modifying
    @Query("update StoredNotification n set n.readAt = :now where n.accountId = :accountId and n.threadId = :threadId and n.readAt is null "
            + "and n.createdAt <= :now")
    int markThreadRead(UUID accountId, UUID threadId, java.time.Instant now);

    @Modifying
    @Query("update StoredNotification n set n.readAt = :now where n.accountId = :accountId and n.readAt is null")
    int markAllRead(UUID accountId, java.time.Instant now);

    @Modifying
    @Query("delete from StoredNotification n where n.createdAt < :before")
    int deleteCreatedBefore(java.time.Instant before);
}
