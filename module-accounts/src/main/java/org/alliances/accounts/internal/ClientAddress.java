package org.alliances.accounts.internal;

import org.alliances.kernel.runtime.SecurityLog;

/** The network address of the client using the UI, to limit what one client may ask (behind a proxy: the one it gives). */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        return SecurityLog.currentClient();
    }
}
