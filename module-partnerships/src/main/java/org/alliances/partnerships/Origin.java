package org.alliances.partnerships;

/** How the partnership came to the platform: from a confirmed match, or declared by a partner as already existing. */
public enum Origin {
    MATCH, DECLARED
}
