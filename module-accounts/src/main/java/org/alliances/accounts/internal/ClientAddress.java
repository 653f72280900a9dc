package org.alliances.accounts.internal;

import com.vaadin.flow.server.VaadinRequest;

/** The network address of the client using the UI, to limit what one client may ask (behind a proxy: the one it gives). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        var request = VaadinRequest.getCurrent();
        return request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
    }
}
