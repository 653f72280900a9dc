package org.alliances.kernel;

import java.util.Optional;

/**
 * The organisation on whose behalf the signed-in member acts. Modules use it to scope what they read and write to
 * that organisation; the application's accounts module provides it, so that modules need not know about accounts.
 */
public interface CurrentOrganization {

    /** The member's organisation, or empty when nobody is signed in. */
    Optional<Organization> get();

    /** The member's organisation; refuses when nobody is signed in. */
    default Organization require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No member is signed in"));
    }
}
