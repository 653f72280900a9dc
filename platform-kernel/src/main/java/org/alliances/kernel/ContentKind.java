package org.alliances.kernel;

/** What members can report to the moderation: the contents one organisation publishes for the others to read. */
public enum ContentKind {
    /** An association's published need. */
    NEED,
    /** A resource of the library, a case study included. */
    RESOURCE,
    /** A company's partner profile, as associations find it among their possible partners. */
    PARTNER_PROFILE,
    /** A message written to a partner in a conversation (reported by the partner who received it). */
    MESSAGE;

    public String labelKey() {
        return "moderation.kind." + name();
    }
}
