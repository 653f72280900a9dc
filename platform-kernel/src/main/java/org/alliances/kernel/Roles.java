package org.alliances.kernel;

/**
 * Role names used by views ({@code @RolesAllowed}) and services ({@code @PreAuthorize}); one per kind of member.
 */
public final class Roles {

    public static final String ASSOCIATION = "ASSOCIATION";
    public static final String COMPANY = "COMPANY";
    public static final String LOCAL_AUTHORITY = "LOCAL_AUTHORITY";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
