package org.alliances.kernel;

/**
 * Where an organisation stands on the platform: a local authority waits for an admin's approval; a deleted one keeps
 * only what the figures count (its type and commune), under {@link Organization#DELETED_NAME}.
 */
public enum OrganizationStatus {
    PENDING, ACTIVE, REFUSED, DEACTIVATED, DELETED;

    public String labelKey() {
        return "organization.status." + name();
    }
}
