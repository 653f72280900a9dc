package org.alliances.accounts.internal;

import java.time.Clock;

import org.alliances.kernel.Retention;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes, every night, the links sent by e-mail and the invitations that can no longer be used, once
 * {@link Retention#LINKS_AFTER_USE} has passed: an invitation holds the address of someone who may never have joined.
 */
@Component
public class LinkPurge {

    private static final Logger log = LoggerFactory.getLogger(LinkPurge.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;

    LinkPurge(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** @return how many links and invitations were deleted */
    @Scheduled(cron = Retention.DAILY_CRON)
    @SchedulerLock(name = "link-purge", lockAtLeastFor = "PT30S")
    @Transactional
    public int purge() {
        var before = java.sql.Timestamp.from(clock.instant().minus(Retention.LINKS_AFTER_USE));
        int links = jdbc.update("delete from accounts_token where coalesce(used_at, expires_at) < ? or expires_at < ?", before, before);
        int invitations = jdbc.update("delete from accounts_invitation where coalesce(accepted_at, withdrawn_at, expires_at) < ? "
                + "or expires_at < ?", before, before);
        if (links + invitations > 0) {
            log.info("Purged {} links and {} invitations no longer usable", links, invitations);
        }
        return links + invitations;
    }
}
