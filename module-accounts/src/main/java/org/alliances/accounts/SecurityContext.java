package org.alliances.accounts;

import org.alliances.kernel.Roles;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who the current thread acts for, as Spring Security knows it: the login name, and whether it is an admin. */
final class SecurityContext {

    private SecurityContext() {
    }

    static String name() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || authentication.getName() == null ? "" : authentication.getName();
    }

    static boolean isAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> ("ROLE_" + Roles.ADMIN).equals(authority.getAuthority()));
    }
}
