package org.alliances.kernel;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * What waits for an organisation in one module — interests to answer, a partnership to confirm, requests to decide —
 * for "Mon espace" and the menu's counts. Each module says it from its own tables; "Mon espace" never reads them.
 */
public interface WhatWaits {

    /**
     * One kind of thing waiting.
     *
     * @param messageKey says it, with {@code {0}} the count and {@code {1}} the oldest's age in days
     * @param oldestDays how long the oldest has waited, or null when it does not matter
     * @param route      where to act (also the menu entry that shows the count)
     * @param order      where it comes on the page, the most pressing first
     */
    record Item(String messageKey, long count, @Nullable Long oldestDays, String route, int order) {

        /** Adds the item to the list when something waits (a count above zero). */
        public static void addIfAny(List<Item> items, String messageKey, long count, @Nullable Long oldestDays, String route, int order) {
            if (count > 0) {
                items.add(new Item(messageKey, count, oldestDays, route, order));
            }
        }
    }

    /**
     * What waits now for the organisation; {@code lastVisit} (the member's previous sign-in, or null) dates what is new.
     * Only items with a count above zero.
     */
    List<Item> waitingFor(Organization organization, @Nullable Instant lastVisit);
}
