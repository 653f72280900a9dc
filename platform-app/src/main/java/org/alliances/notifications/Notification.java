package org.alliances.notifications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One notification as shown under the bell: its text is a message key with its arguments, translated on display. */
public record Notification(UUID id, NotificationKind kind, String messageKey, List<String> arguments, Instant createdAt,
                           boolean read) {
}
