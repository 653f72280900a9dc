package org.alliances.kernel;

import java.time.LocalDate;

/**
 * The terms of use in force: their version is the date they were published. Every new account accepts them; a member
 * whose account accepted an older version (or none) is asked again at their next page.
 */
public final class TermsOfUse {

    public static final LocalDate VERSION = LocalDate.of(2026, 12, 4);
    /** The page that asks a signed-in member to accept the version in force. */
    public static final String ACCEPT_ROUTE = "conditions-utilisation/accepter";

    private TermsOfUse() {
    }

    /** The version as stored with the account. */
    public static String version() {
        return VERSION.toString();
    }
}
