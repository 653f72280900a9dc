package org.alliances.kernel;

/** The kinds of organisation a member acts for; each matches one role. */
public enum OrganizationType {
    ASSOCIATION(Roles.ASSOCIATION),
    COMPANY(Roles.COMPANY),
    LOCAL_AUTHORITY(Roles.LOCAL_AUTHORITY),
    /** The team that curates the platform. */
    PLATFORM(Roles.ADMIN);

    private final String role;

    OrganizationType(String role) {
        this.role = role;
    }

    public String role() {
        return role;
    }

    public String labelKey() {
        return "organization.type." + name();
    }
}
