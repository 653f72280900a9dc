package org.alliances.resources;

/** What a reader does with a resource: get informed, get trained, act. */
public enum Purpose {
    INFORM, TRAIN, ACT;

    public String labelKey() {
        return "resources.purpose." + name();
    }
}
