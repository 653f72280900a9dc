package org.alliances.resources;

/** The kinds of resource the library holds. */
public enum ResourceType {
    GUIDE, STUDY, MOOC, WEBINAR, E_LEARNING, PRACTICAL_SHEET, CASE_STUDY, EXPERIENCE_REPORT;

    public String labelKey() {
        return "resources.type." + name();
    }
}
