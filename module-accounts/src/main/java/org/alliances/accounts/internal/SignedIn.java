package org.alliances.accounts.internal;

import org.alliances.kernel.Roles;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the current thread acts for, as Spring Security knows it: the login name, and whether it is an admin. */
public final class SignedIn {

    private SignedIn() {
    }

    /** The login name (the e-mail address) of the signed-in member, or "" when nobody is. */
    public static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "" : authentication.getName();
    }

    public static boolean isAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Roles.ADMIN).equals(authority.getAuthority()));
    }
}
