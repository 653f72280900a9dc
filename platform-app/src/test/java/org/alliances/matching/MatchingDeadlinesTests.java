package org.alliances.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.matching.internal.Deadlines;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/** Response time and expiry with a clock the test moves: reminders, lapses, notices and expiries, each once. */
@SpringBootTest
@EnableScenarios
@Import(TestSupport.class)
class MatchingDeadlinesTests {

    @Autowired MatchingService matching;
    @Autowired Deadlines deadlines;
    @Autowired TestMembers members;
    @Autowired AccountService accounts;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void resetClock() {
        clock.reset();
        TestMembers.signOut();
    }

    UUID memberOf(String email) {
        return accounts.findByEmail(email).orElseThrow().id();
    }

    long notifications(String email, String messageKey) {
        return jdbc.queryForObject("select count(*) from notifications_notification where account_id = ? and message_key = ?",
                Long.class, memberOf(email), messageKey);
    }

    NeedForm need(LocalDate deadline) {
        return new NeedForm("Des bénévoles pour la fête du quartier", "Tenir les stands un samedi.", Set.of(Theme.CITIZENSHIP),
                Contribution.EMPLOYEE_VOLUNTEERING, Set.of(CooperationModel.ACTIVE_ENGAGEMENT), "69259", Reach.DEPARTMENT, null, deadline, null);
    }

    @Test
    void anUnansweredInterestIsRecalledOnceAfterTenDaysThenLapsesAfterThirty(Scenario scenario) {
        var association = members.newAssociation("Fête de Vénissieux", "69259");
        var company = members.newCompany("Boulangerie des Minguettes", "69259");
        TestMembers.signIn(company, "COMPANY");
        matching.saveProfile(Set.of(Theme.CITIZENSHIP), Map.of(Contribution.EMPLOYEE_VOLUNTEERING, 50), Set.of("69259"), List.of(Category.PATRONAGE));
        TestMembers.signIn(association, "ASSOCIATION");
        var need = matching.publish(null, need(null));
        TestMembers.signIn(company, "COMPANY");
        var interest = matching.expressInterest(need.id(), "Avec plaisir");

        clock.advance(Duration.ofDays(9));
        deadlines.apply();
        assertThat(jdbc.queryForObject("select reminded_at from matching_interest where id = ?", java.sql.Timestamp.class, interest.id())).isNull();

        clock.advance(Duration.ofDays(2));
        scenario.stimulate(() -> deadlines.apply()).andWaitForEventOfType(InterestLeftUnanswered.class)
                .matching(event -> event.interestId().equals(interest.id()))
                .toArriveAndVerify(event -> assertThat(event.daysWaiting()).isEqualTo(11));
        deadlines.apply();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> notifications(association, "notification.interest.reminder") == 1);

        clock.advance(Duration.ofDays(20));
        scenario.stimulate(() -> deadlines.apply()).andWaitForEventOfType(InterestLapsed.class)
                .matching(event -> event.interestId().equals(interest.id()))
                .toArriveAndVerify(event -> assertThat(event.companyId()).isEqualTo(accounts.findByEmail(company).orElseThrow().organizationId()));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> notifications(company, "notification.interest.lapsed") == 1);
        assertThat(notifications(association, "notification.interest.reminder")).isEqualTo(1);

        assertThat(matching.myResponseRate()).isEqualTo(new ResponseRate(0, 1));
        TestMembers.signIn(association, "ASSOCIATION");
        assertThat(matching.myResponseRate().percent()).isZero();
        assertThat(matching.interestsReceived().getFirst().status()).isEqualTo(Interest.InterestStatus.LAPSED);
    }

    @Test
    void aNeedIsAnnouncedAWeekBeforeItsDeadlineAndExpiresTheDayAfter(Scenario scenario) {
        var association = members.newAssociation("Comité des fêtes de Saint-Fons", "69199");
        TestMembers.signIn(association, "ASSOCIATION");
        var today = LocalDate.now(clock);
        var need = matching.publish(null, need(today.plusDays(10)));

        deadlines.apply();
        assertThat(notifications(association, "notification.need.expiring")).isZero();
        clock.advance(Duration.ofDays(4));
        scenario.stimulate(() -> deadlines.apply()).andWaitForEventOfType(NeedExpiryAnnounced.class)
                .matching(event -> event.needId().equals(need.id()))
                .toArriveAndVerify(event -> assertThat(event.expiresOn()).isEqualTo(today.plusDays(10)));
        deadlines.apply();
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> notifications(association, "notification.need.expiring") == 1);

        clock.advance(Duration.ofDays(7));
        scenario.stimulate(() -> deadlines.apply()).andWaitForEventOfType(NeedClosed.class)
                .matching(event -> event.needId().equals(need.id()))
                .toArriveAndVerify(event -> assertThat(event.status()).isEqualTo(NeedStatus.EXPIRED));
        assertThat(matching.myNeeds()).filteredOn(mine -> mine.id().equals(need.id())).singleElement()
                .satisfies(expired -> assertThat(expired.status()).isEqualTo(NeedStatus.EXPIRED));
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> notifications(association, "notification.need.expired") == 1);
    }

    @Test
    void aNeedNobodyTouchedForNinetyDaysExpiresAndAnEditKeepsItOpen() {
        var association = members.newAssociation("Amicale de Feyzin", "69276");
        TestMembers.signIn(association, "ASSOCIATION");
        var quiet = matching.publish(null, need(null));
        var edited = matching.publish(null, need(null));

        clock.advance(Duration.ofDays(85));
        deadlines.apply();
        matching.publish(edited.id(), need(null));
        clock.advance(Duration.ofDays(6));
        deadlines.apply();

        var statuses = matching.myNeeds().stream().collect(java.util.stream.Collectors.toMap(Need::id, Need::status));
        assertThat(statuses).containsEntry(quiet.id(), NeedStatus.EXPIRED).containsEntry(edited.id(), NeedStatus.PUBLISHED);
    }
}
