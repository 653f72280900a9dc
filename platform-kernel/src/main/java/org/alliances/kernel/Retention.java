package org.alliances.kernel;

import java.time.Duration;

/**
 * How long the platform keeps what it does not need for ever. The privacy policy shows these very periods, and the
 * daily purges of the modules apply them (at {@code alliances.retention.cron}, 03:40 by default), so that what the
 * members read is what happens.
 */
public final class Retention {

    /** Notifications, read or not. */
    public static final Duration NOTIFICATIONS = Duration.ofDays(365);
    /**
     * Links sent by e-mail (address confirmation, password reset) and invitations, once used, withdrawn or expired: kept
     * a month so that a late click is told the link expired rather than that it does not exist, then deleted with the
     * address an invitation holds.
     */
    public static final Duration LINKS_AFTER_USE = Duration.ofDays(30);
    /** A member's archive of "Mes données": prepared on request, downloadable this long, then deleted. */
    public static final Duration ARCHIVES = Duration.ofDays(7);
    /**
     * An account nobody signed in to for this long is erased (with its association or company when no one active is
     * left in it), after two notices by e-mail: {@link #INACTIVITY_NOTICES} before.
     */
    public static final Duration INACTIVE_ACCOUNTS = Duration.ofDays(3 * 365);
    /** How long before the erasure of an unused account its notices are sent: the first, then the last. */
    public static final java.util.List<Duration> INACTIVITY_NOTICES = java.util.List.of(Duration.ofDays(30), Duration.ofDays(7));
    /** When the daily purges run. */
    public static final String DAILY_CRON = "${alliances.retention.cron:0 40 3 * * *}";

    private Retention() {
    }

    /** A period in whole days, as the privacy policy says it. */
    public static long days(Duration period) {
        return period.toDays();
    }
}
