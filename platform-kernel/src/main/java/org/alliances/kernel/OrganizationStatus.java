package org.alliances.kernel;

/** Where an organisation stands on the platform: a local authority waits for an admin's approval. */
public enum OrganizationStatus {
    PENDING, ACTIVE, REFUSED, DEACTIVATED;

    public String labelKey() {
        return "organization.status." + name();
    }
}
