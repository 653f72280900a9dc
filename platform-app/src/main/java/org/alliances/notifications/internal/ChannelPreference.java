package org.alliances.notifications.internal;

import java.io.Serializable;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

import org.alliances.notifications.Channel;
import org.alliances.notifications.NotificationKind;

/** A member's choice of channel for one kind of notification; without one, the kind's default applies. */
@Entity
@Table(name = "notifications_preference")
public class ChannelPreference {

    @EmbeddedId
    private Key key;
    @Enumerated(EnumType.STRING)
    private Channel channel;

    protected ChannelPreference() {
    }

    public ChannelPreference(UUID accountId, NotificationKind kind, Channel channel) {
        this.key = new Key(accountId, kind);
        this.channel = channel;
    }

    public NotificationKind kind() {
        return key.kind;
    }

    public Channel channel() {
        return channel;
    }

    public void change(Channel channel) {
        this.channel = channel;
    }

    @Embeddable
    public record Key(@Column(name = "account_id") UUID accountId,
                      @Enumerated(EnumType.STRING) @Column(name = "kind") NotificationKind kind) implements Serializable {
    }
}
