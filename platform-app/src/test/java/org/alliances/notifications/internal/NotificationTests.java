package org.alliances.notifications.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.alliances.RecordingMailSender;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.accounts.LocalAuthorityAccessRequested;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.testing.TestData;
import org.alliances.notifications.Channel;
import org.alliances.notifications.NotificationCenter;
import org.alliances.notifications.NotificationKind;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.test.context.support.WithMockUser;

/** The notification centre fed by the accounts module's events: once per event, by the channel each member chose. */
@SpringBootTest
@EnableScenarios
@Import(TestSupport.class)
class NotificationTests {

    @Autowired AccountService accounts;
    @Autowired Territories territories;
    @Autowired NotificationCenter center;
    @Autowired AccountEventsListener listener;
    @Autowired RecordingMailSender mail;
    @Autowired TestMembers members;
    @Autowired JdbcTemplate jdbc;
    @Autowired org.alliances.kernel.ui.TranslationProvider translations;

    @BeforeEach
    void members() {
        members.ensureExist();
    }

    @Test
    void aLocalAuthorityRequestNotifiesTheAdminsOnceEvenWhenTheEventComesTwice(Scenario scenario) {
        var territory = territories.territory(TerritoryLevel.COMMUNE, "33318").orElseThrow();
        var adminId = accounts.findByEmail(TestMembers.ADMIN).orElseThrow().id();

        scenario.stimulate(() -> accounts.requestLocalAuthorityAccess(territory,
                        new Credentials(TestData.email("pessac"), TestData.PASSWORD, TestData.PASSWORD)))
                .andWaitForEventOfType(LocalAuthorityAccessRequested.class)
                .toArriveAndVerify(event -> assertThat(event.territoryCode()).isEqualTo("33318"));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> notificationsFor(adminId, "Pessac") == 1);
        var account = accounts.findByEmail(jdbc.queryForObject(
                "select email from accounts_user where email like 'pessac-%' order by created_at desc limit 1", String.class)).orElseThrow();
        listener.on(new LocalAuthorityAccessRequested(account.id(), account.organizationId(), TerritoryLevel.COMMUNE, "33318"));
        assertThat(notificationsFor(adminId, "Pessac")).isEqualTo(1);
    }

    @Test
    void theAgentIsToldByEmailOfTheDecision() {
        var territory = territories.territory(TerritoryLevel.COMMUNE, "33063").orElseThrow();
        var email = TestData.email("bordeaux");
        var account = accounts.requestLocalAuthorityAccess(territory, new Credentials(email, TestData.PASSWORD, TestData.PASSWORD));

        TestMembers.asAdmin(() -> accounts.approve(account.id()));

        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> !mail.sentTo(email, "demande d'accès").isEmpty());
        var sent = mail.sentTo(email, "demande d'accès").getFirst();
        assertThat(sent.getSubject()).isEqualTo("Alliances : réponse à votre demande d'accès");
        assertThat(sent.getText()).isEqualTo("Votre accès pour Bordeaux est validé : vous pouvez vous connecter.");
    }

    @Test
    @WithMockUser(username = TestMembers.COMPANY, roles = "COMPANY")
    void aMemberChoosesTheDailyDigestAndGetsOneEmailForTheDay() {
        var member = accounts.findByEmail(TestMembers.COMPANY).orElseThrow();
        center.choose(Map.of(NotificationKind.WELCOME, Channel.DAILY_DIGEST));
        assertThat(center.myChannels()).containsEntry(NotificationKind.WELCOME, Channel.DAILY_DIGEST)
                .doesNotContainKey(NotificationKind.ACCESS_REQUESTED);

        center.notify(member.id(), NotificationKind.WELCOME, "test-digest-1", "notification.welcome");
        center.notify(member.id(), NotificationKind.WELCOME, "test-digest-2", "notification.welcome");
        assertThat(mail.sentTo(TestMembers.COMPANY, "depuis hier")).isEmpty();

        center.sendDailyDigests();
        center.sendDailyDigests();

        var digests = mail.sentTo(TestMembers.COMPANY, "depuis hier");
        assertThat(digests).hasSize(1);
        assertThat(digests.getFirst().getSubject()).isEqualTo("Alliances : 2 notification(s) depuis hier");
        assertThat(digests.getFirst().getText()).contains("- Bienvenue sur Alliances !");
    }

    @Test
    @WithMockUser(username = TestMembers.ASSOCIATION, roles = "ASSOCIATION")
    void theBellCountsUnreadNotificationsUntilTheyAreRead() {
        var member = accounts.findByEmail(TestMembers.ASSOCIATION).orElseThrow();
        center.notify(member.id(), NotificationKind.WELCOME, "test-bell-" + System.nanoTime(), "notification.welcome");
        assertThat(center.unreadCount()).isPositive();
        assertThat(center.mine(0, 10).getContent()).isNotEmpty();

        center.markAllRead();

        assertThat(center.unreadCount()).isZero();
    }

    static final String DEACTIVATED = "bell.deactivated@test.alliances.fr";

    @Test
    @WithMockUser(username = DEACTIVATED, roles = "ASSOCIATION")
    void aBellRungForAMemberDeactivatedMeanwhileCountsNothingInsteadOfFailing() {
        var member = accounts.findByEmail(DEACTIVATED).orElseGet(() -> accounts.register(OrganizationRegistration.association(
                "Association à la cloche", TestData.rna(), "44109"), new Credentials(DEACTIVATED, TestData.PASSWORD, TestData.PASSWORD)));
        center.notify(member.id(), NotificationKind.WELCOME, "test-bell-deactivated-" + System.nanoTime(), "notification.welcome");
        assertThat(center.unreadCount()).isPositive();

        TestMembers.asAdmin(() -> accounts.deactivate(member.id()));

        assertThat(center.unreadCount()).isZero();
    }

    @Test
    void aNewMemberIsWelcomed() {
        var email = TestData.email("welcome");
        var account = accounts.register(OrganizationRegistration.association("Bienvenue", TestData.rna(), "44109"),
                new Credentials(email, TestData.PASSWORD, TestData.PASSWORD));
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.queryForObject(
                "select count(*) from notifications_notification where account_id = ? and kind = 'WELCOME'", Integer.class, account.id()) == 1);
    }

    @Test
    void everyKindHasItsNameAndItsMailSubjectInBothLanguages() {
        for (var kind : NotificationKind.values()) {
            for (var locale : java.util.List.of(java.util.Locale.FRENCH, java.util.Locale.ENGLISH)) {
                assertThat(translations.getTranslation(kind.labelKey(), locale)).as(kind + " " + locale).doesNotStartWith("!");
                assertThat(translations.getTranslation("mail.subject." + kind.name(), locale)).as(kind + " " + locale).doesNotStartWith("!");
            }
        }
    }

    private int notificationsFor(java.util.UUID accountId, String argument) {
        return jdbc.queryForObject("select count(*) from notifications_notification where account_id = ? and kind = 'ACCESS_REQUESTED' and arguments = ?",
                Integer.class, accountId, argument);
    }
}
