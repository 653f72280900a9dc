package org.alliances.kernel.testing;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;

/** Acts as a member in the current thread, as a login would: the security context holds the login and the role. */
public final class SignIn {

    /** The curator every test signs in as when it needs an admin. */
    public static final String ADMIN = "admin@test.alliances.fr";

    private SignIn() {
    }

    /** Acts as this member until {@link #out()}. */
    public static void as(String login, String role) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        SecurityContextHolder.setContext(context);
    }

    public static void out() {
        SecurityContextHolder.clearContext();
    }

    /** Runs the action as the admin, then puts back whoever was signed in. */
    public static void asAdmin(Runnable action) {
        var previous = SecurityContextHolder.getContext();
        as(ADMIN, "ADMIN");
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
