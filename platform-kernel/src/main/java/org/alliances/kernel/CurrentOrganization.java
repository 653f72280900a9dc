package org.alliances.kernel;

import java.util.Optional;
import java.util.UUID;

/**
 * The organisation on whose behalf the signed-in member acts. Modules use it to scope what they read and write to
 * that organisation; the application's accounts module provides it, so that modules need not know about accounts.
 */
public interface CurrentOrganization {

    /** The member's organisation, or empty when nobody is signed in. */
    Optional<Organization> get();

    /** The signed-in member's account id, for the security log (never their name or address); empty when nobody is. */
    default Optional<UUID> memberId() {
        return Optional.empty();
    }

    /** The member's organisation; refuses when nobody is signed in. */
    default Organization require() {
        return get().orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("No member is signed in"));
    }

    /**
     * The member's organisation, for an act that other organisations will see (publishing, expressing an interest,
     * declaring a partnership, inviting): refused, with a message saying why, while the member has not proved their
     * e-mail address.
     *
     * @throws InvalidInputException {@code emailProof → email.proof.required} while the address is not proven
     */
    default Organization requireWithProvenEmail() {
        return require();
    }
}
