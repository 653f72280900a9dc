package org.alliances.resources;

/** Where a resource stands in curation: only a published one is visible to members. */
public enum ResourceStatus {
    /** Being written by a curator. */
    DRAFT,
    /** Proposed by a member or submitted by a curator: waits in the curators' review queue. */
    IN_REVIEW,
    PUBLISHED,
    /** Withdrawn from the library; kept for the record. */
    ARCHIVED;

    public String labelKey() {
        return "resources.status." + name();
    }
}
