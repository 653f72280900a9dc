package org.alliances.matching;

/**
 * How often interests get an answer: for an association, the interests it answered among those no longer waiting;
 * for a company, the answers it received among its interests no longer waiting.
 */
public record ResponseRate(int answered, int settled) {

    /** From 0 to 100; empty (-1) when nothing is settled yet. */
    public int percent() {
        return settled == 0 ? -1 : Math.round(100f * answered / settled);
    }
}
