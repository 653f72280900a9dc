package org.alliances.notifications;

import java.util.Set;

import org.alliances.kernel.Roles;

/** The kinds of notification a member can tune, each with the channel it gets by default. */
public enum NotificationKind {
    /** A local authority asked for access (to admins). */
    ACCESS_REQUESTED(Channel.IN_APP, Set.of(Roles.ADMIN)),
    /** An admin approved or refused a local authority's request (to its agent, who cannot log in yet). */
    ACCESS_DECIDED(Channel.EMAIL, Set.of(Roles.LOCAL_AUTHORITY)),
    /** A company is interested in one of the association's needs. */
    INTEREST_RECEIVED(Channel.EMAIL, Set.of(Roles.ASSOCIATION)),
    /** The association answered the company's interest: a confirmed match, or declined. */
    INTEREST_ANSWERED(Channel.EMAIL, Set.of(Roles.COMPANY)),
    /** A published need will expire soon, or expired (to its association). */
    NEED_EXPIRY(Channel.EMAIL, Set.of(Roles.ASSOCIATION)),
    /** Something to do on a partnership: confirm a declared one, give an outcome, revive a quiet one. */
    PARTNERSHIP_ACTION_NEEDED(Channel.EMAIL, Set.of(Roles.ASSOCIATION, Roles.COMPANY)),
    /** The partner moved a partnership on: opened, confirmed, next stage, new model. */
    PARTNERSHIP_CHANGED(Channel.IN_APP, Set.of(Roles.ASSOCIATION, Roles.COMPANY)),
    /** Someone asks to join the organisation (to its responsables, and to admins when they decide); the answer (to the asker). */
    JOIN_REQUESTS(Channel.EMAIL, Set.of(Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY, Roles.ADMIN)),
    /** A colleague joined or left the organisation, or a member was made responsable. */
    MEMBERS_CHANGED(Channel.IN_APP, Set.of(Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY, Roles.ADMIN)),
    /** A content of the organisation was suspended, hidden or shown again by the moderation; a case to decide (admins). */
    MODERATION(Channel.EMAIL, Set.of(Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY, Roles.ADMIN)),
    /** A partner wrote in a conversation: at once under the bell; by e-mail only if still unread after a while. */
    MESSAGES(Channel.EMAIL, Set.of(Roles.ASSOCIATION, Roles.COMPANY)),
    /** Welcome and first steps after registration. */
    WELCOME(Channel.IN_APP, Set.of(Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY));

    private final Channel defaultChannel;
    private final Set<String> roles;

    NotificationKind(Channel defaultChannel, Set<String> roles) {
        this.defaultChannel = defaultChannel;
        this.roles = roles;
    }

    public Channel defaultChannel() {
        return defaultChannel;
    }

    /** Whether members of this role ever receive this kind (the preferences screen shows only those). */
    public boolean concerns(String role) {
        return roles.contains(role);
    }

    public String labelKey() {
        return "notification.kind." + name();
    }
}
