package org.alliances.accounts;

/** What a link sent by e-mail turned out to be when it was opened. */
public enum LinkStatus {
    /** Still valid: it can be used once. */
    VALID,
    /** Past its validity. */
    EXPIRED,
    /** Already used. */
    USED,
    /** Never given, or replaced by a newer link. */
    UNKNOWN
}
