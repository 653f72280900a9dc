package org.alliances.matching;

/** Where a need stands: only a published need is recommended and can receive interests. */
public enum NeedStatus {
    DRAFT, PUBLISHED, FULFILLED, ABANDONED, EXPIRED;

    public boolean isClosed() {
        return this == FULFILLED || this == ABANDONED || this == EXPIRED;
    }

    public String labelKey() {
        return "matching.need.status." + name();
    }
}
