package org.alliances.notifications;

import java.util.UUID;

import org.alliances.kernel.DomainEvent;
import org.springframework.modulith.events.Externalized;

/**
 * A member has a new notification: the bell of every window the member has open rings, on whichever instance. Shared
 * between instances, keyed by the member's account; ids only.
 */
@Externalized("alliances.notifications.notification-added::#{#this.accountId()}")
public record NotificationAdded(UUID notificationId, UUID accountId) implements DomainEvent {
}
