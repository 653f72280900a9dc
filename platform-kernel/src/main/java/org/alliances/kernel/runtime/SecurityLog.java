package org.alliances.kernel.runtime;

import java.util.UUID;

import com.vaadin.flow.server.VaadinRequest;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Writes the events an operator watches to the log "alliances.security": sign-ins and their failures, waits imposed,
 * refused cross-site logins, password and address changes, memberships and admins' decisions, exports of data. Each
 * line says what, the member's id and the client's address as key-values (fields of their own in JSON lines), never a
 * password, a token, a name or an e-mail address. Every module writes there through this one class.
 */
@Component
public class SecurityLog {

    private static final Logger log = LoggerFactory.getLogger("alliances.security");

    /** Records an event about an account (null when none is known, e.g. a failure on an unknown address). */
    public void event(String event, @Nullable UUID accountId, String client) {
        log.atInfo().addKeyValue("event", event).addKeyValue("account", accountId == null ? "-" : accountId.toString())
                .addKeyValue("client", client)
                .log("Security event {} account={} client={}", event, accountId == null ? "-" : accountId, client);
    }

    /** Records an event about the current request's client (from a screen or a web request), or "unknown". */
    public void event(String event, @Nullable UUID accountId) {
        event(event, accountId, currentClient());
    }

    /** The network address of the client of the request being served (behind a proxy: the one it gives), or "unknown". */
    public static String currentClient() {
        var screen = VaadinRequest.getCurrent();
        if (screen != null && screen.getRemoteAddr() != null) {
            return screen.getRemoteAddr();
        }
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes web
                ? web.getRequest().getRemoteAddr() : "unknown";
    }
}
