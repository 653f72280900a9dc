package org.alliances.accounts.internal;

import java.time.Instant;

import com.vaadin.flow.server.VaadinSession;
import org.jspecify.annotations.Nullable;

/**
 * Which password a signed-in session knows: the moment of the last change it saw. A session that sees a later change
 * made elsewhere (a reset, another session) ends; the session that made the change accepts it and goes on.
 */
public final class SessionCredentials {

    private static final String SEEN = "alliances.credentialsSeen";

    private SessionCredentials() {
    }

    /** Whether the password changed since this session first saw it; the first look only remembers it. */
    static boolean changedSinceSeen(@Nullable Instant changedAt) {
        var session = VaadinSession.getCurrent();
        if (session == null) {
            return false;
        }
        var current = changedAt == null ? Instant.EPOCH : changedAt;
        if (!(session.getAttribute(SEEN) instanceof Instant seen)) {
            session.setAttribute(SEEN, current);
            return false;
        }
        return current.isAfter(seen);
    }

    /** This session made the change: it keeps going. */
    public static void accept(Instant changedAt) {
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SEEN, changedAt);
        }
    }
}
