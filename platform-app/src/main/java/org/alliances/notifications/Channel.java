package org.alliances.notifications;

/** How a member wants to hear of a kind of notification; every notification also stays under the bell. */
public enum Channel {
    IN_APP, EMAIL, DAILY_DIGEST;

    public String labelKey() {
        return "notification.channel." + name();
    }
}
