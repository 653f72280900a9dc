package org.alliances.resources;

/** The dimensions a search result is counted and filtered by. */
public enum Facet {
    TYPE, PURPOSE, CATEGORY, MODEL, AUDIENCE, THEME, DEPARTMENT, YEAR;

    public String labelKey() {
        return "resources.facet." + name();
    }
}
