package org.alliances.accounts;

/** Whether a member can log in: a local authority's agent waits for an admin's approval. */
public enum AccountStatus {
    PENDING_APPROVAL, ACTIVE, REFUSED, DEACTIVATED;

    public String labelKey() {
        return "account.status." + name();
    }
}
