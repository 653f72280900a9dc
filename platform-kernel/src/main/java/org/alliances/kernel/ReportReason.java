package org.alliances.kernel;

/** Why a member reports a content, and why an admin hides one. */
public enum ReportReason {
    SPAM, OFFENSIVE, OFF_TOPIC, PERSONAL_DATA, OTHER;

    public String labelKey() {
        return "moderation.reason." + name();
    }
}
