package org.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import org.alliances.accounts.AccountService;
import org.alliances.accounts.Memberships;
import org.alliances.accounts.PasswordRecovery;
import org.alliances.accounts.internal.LinkPurge;
import org.alliances.kernel.Retention;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.SignIn;
import org.alliances.notifications.NotificationCenter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** The periods the privacy policy states are the ones the nightly purges apply (moved clock). */
@SpringBootTest
@Import(TestSupport.class)
class RetentionTests {

    @Autowired TestMembers members;
    @Autowired AccountService accounts;
    @Autowired PasswordRecovery recovery;
    @Autowired Memberships memberships;
    @Autowired LinkPurge links;
    @Autowired NotificationCenter notifications;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void backToNow() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void linksAndInvitationsNoLongerUsableAreDeletedAMonthAfterTheyExpired() {
        var email = members.newAssociation("Association des liens anciens", "69123");
        members.proveEmail(email);
        var owner = accounts.findByEmail(email).orElseThrow().id();
        recovery.requestReset(email, "retention-test", Locale.FRENCH);
        var invited = "retention-" + UUID.randomUUID() + "@test.alliances.fr";
        SignIn.as(email, "ASSOCIATION");
        memberships.invite(invited, "retention-test", Locale.FRENCH);
        SignIn.out();

        clock.advance(Duration.ofHours(1).plus(Retention.LINKS_AFTER_USE).minusDays(1));
        links.purge();
        assertThat(tokensOf(owner)).as("a reset link expired a day less than a month ago").isOne();
        clock.advance(Duration.ofDays(2));
        links.purge();
        assertThat(tokensOf(owner)).as("a reset link expired more than a month ago").isZero();
        assertThat(invitationsTo(invited)).as("an invitation valid 14 days, expired two weeks ago").isOne();

        clock.advance(Duration.ofDays(14));
        links.purge();
        assertThat(invitationsTo(invited)).as("an invitation expired more than a month ago").isZero();
    }

    @Test
    void notificationsAreDeletedAfterAYearReadOrNot() {
        var account = UUID.randomUUID();
        var now = clock.instant();
        insertNotification(account, now.minus(Retention.NOTIFICATIONS).minus(Duration.ofDays(1)));
        insertNotification(account, now.minus(Retention.NOTIFICATIONS).plus(Duration.ofDays(1)));

        assertThat(notifications.purgeOld()).isGreaterThanOrEqualTo(1);
        assertThat(jdbc.queryForObject("select count(*) from notifications_notification where account_id = ?", Integer.class, account)).isOne();
    }

    private void insertNotification(UUID account, java.time.Instant createdAt) {
        jdbc.update("insert into notifications_notification (id, account_id, kind, message_key, source_key, channel, created_at) "
                + "values (?, ?, 'WELCOME', 'notification.test', ?, 'IN_APP', ?)", UUID.randomUUID(), account, "retention:" + UUID.randomUUID(),
                Timestamp.from(createdAt));
    }

    private int tokensOf(UUID account) {
        return jdbc.queryForObject("select count(*) from accounts_token where account_id = ? and kind = 'PASSWORD_RESET'", Integer.class, account);
    }

    private int invitationsTo(String address) {
        return jdbc.queryForObject("select count(*) from accounts_invitation where email = ?", Integer.class, address);
    }
}
