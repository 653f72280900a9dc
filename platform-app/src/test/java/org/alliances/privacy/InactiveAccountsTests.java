package org.alliances.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;

import org.alliances.RecordingMailSender;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationStatus;
import org.alliances.kernel.Retention;
import org.alliances.kernel.testing.MutableClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Accounts unused for three years, with a moved clock: told 30 days and 7 days before, once each; kept when someone signs
 * in again; erased on the day, with their association when no one active is left in it.
 */
// a database of its own: three years pass here, which would erase the accounts other tests use
@SpringBootTest(properties = "spring.application.name=alliances-inactive-accounts")
@Import(TestSupport.class)
class InactiveAccountsTests {

    @Autowired InactiveAccounts inactiveAccounts;
    @Autowired TestMembers members;
    @Autowired AccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired RecordingMailSender mails;
    @Autowired JdbcTemplate jdbc;
    @Autowired MutableClock clock;

    @AfterEach
    void backToNow() {
        clock.reset();
    }

    @Test
    void anUnusedAccountIsToldTwiceThenErasedWithItsOrganisationWhileOneUsedAgainStays() {
        var forgotten = members.newAssociation("Association oubliée", "69123");
        var forgottenOrganization = accounts.findByEmail(forgotten).orElseThrow().organizationId();
        var returning = members.newCompany("Entreprise qui revient", "69123");
        var busy = members.newCompany("Entreprise active", "69123");

        clock.advance(Retention.INACTIVE_ACCOUNTS.minus(Duration.ofDays(30)).plusHours(1));
        signedInNow(busy);
        assertThat(inactiveAccounts.run()).isEqualTo(new InactiveAccounts.Night(2, 0));
        assertThat(mails.sentTo(forgotten, "sera supprimé")).hasSize(1);
        assertThat(mails.sentTo(busy, "sera supprimé")).isEmpty();
        assertThat(inactiveAccounts.run()).as("the same day again").isEqualTo(new InactiveAccounts.Night(0, 0));

        clock.advance(Duration.ofDays(23));
        assertThat(inactiveAccounts.run()).as("the last notice, 7 days before").isEqualTo(new InactiveAccounts.Night(2, 0));
        assertThat(mails.sentTo(forgotten, "sera supprimé")).hasSize(2);

        signedInNow(returning);
        clock.advance(Duration.ofDays(7));
        assertThat(inactiveAccounts.run()).isEqualTo(new InactiveAccounts.Night(0, 1));
        assertThat(accounts.findByEmail(forgotten)).isEmpty();
        assertThat(accounts.findByEmail(returning)).isPresent();
        assertThat(organizations.find(forgottenOrganization).orElseThrow().status()).isEqualTo(OrganizationStatus.DELETED);
        assertThat(jdbc.queryForObject("select count(*) from privacy_erasure where subject_id = ? and reason = 'INACTIVITY' and asked_by is null",
                Integer.class, forgottenOrganization)).isEqualTo(1);
        assertThat(inactiveAccounts.run()).as("nothing left to do").isEqualTo(new InactiveAccounts.Night(0, 0));
    }

    /** What a sign-in records: the last use, and the notices counted anew. */
    private void signedInNow(String email) {
        jdbc.update("update accounts_user set last_login_at = ?, inactivity_notice = 0 where email = ?", Timestamp.from(clock.instant()), email);
    }
}
