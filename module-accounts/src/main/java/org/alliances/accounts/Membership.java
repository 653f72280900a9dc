package org.alliances.accounts;

/**
 * A member's part in their organisation: the responsable invites colleagues and decides who stays; a member works in
 * the organisation's name. The member who registered the organisation is its first responsable.
 */
public enum Membership {
    RESPONSABLE, MEMBER;

    public String labelKey() {
        return "members.membership." + name();
    }
}
