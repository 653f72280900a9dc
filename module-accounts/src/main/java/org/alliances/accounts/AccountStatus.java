package org.alliances.accounts;

/**
 * Whether a member can log in: a local authority's agent waits for an admin's approval, a person who asked to join
 * an organisation already registered for its responsables' (or the admins') answer; a member who left their
 * organisation (or was removed from it) keeps an account that no longer signs in, so that what they signed keeps their
 * name, and that an invitation can bring back.
 */
public enum AccountStatus {
    PENDING_APPROVAL, PENDING_JOIN, ACTIVE, REFUSED, DEACTIVATED, LEFT,
    /** Deleted at the member's request or after years without use: the row keeps only its id, for the journal. */
    ERASED;

    public String labelKey() {
        return "account.status." + name();
    }
}
