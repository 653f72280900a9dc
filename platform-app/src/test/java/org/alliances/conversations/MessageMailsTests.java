package org.alliances.conversations;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;

import org.alliances.RecordingMailSender;
import org.alliances.TestSupport;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.SignIn;
import org.alliances.notifications.Channel;
import org.alliances.notifications.MessageMails;
import org.alliances.notifications.NotificationCenter;
import org.alliances.notifications.NotificationKind;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Being told of a new message, with a moved clock: under the bell at once; by e-mail only once still unread after 15
 * minutes, at most one per conversation and hour (what came meanwhile goes in the next one), with the text unless the
 * member chose otherwise; never for a message read in time, whose notification reading the conversation marks read; in the
 * digest for who chose it.
 */
@SpringBootTest
@Import({TestSupport.class, ConversationPairs.class})
class MessageMailsTests {

    @Autowired ConversationPairs pairs;
    @Autowired Conversations conversations;
    @Autowired NotificationCenter center;
    @Autowired MessageMails messageMails;
    @Autowired RecordingMailSender mails;
    @Autowired MutableClock clock;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void reset() {
        SignIn.out();
        clock.reset();
    }

    @Test
    void anUnreadMessageIsMailedAfterFifteenMinutesAndAtMostOncePerConversationAndHour() {
        var pair = pairs.interest("Association qui lit ses mails", "Entreprise qui écrit");
        messageMails.sendUnread();
        var before = mails.sentTo(pair.company(), "nouveau message").size();
        SignIn.as(pair.association(), "ASSOCIATION");
        conversations.send(pair.conversation(), "Pouvez-vous passer samedi ? https://exemple.fr/plan");
        awaitNotified(pair.company(), 1);
        assertThat(notified(pair.association())).as("the author's organisation is not notified").isZero();
        SignIn.as(pair.company(), "COMPANY");
        assertThat(center.mine(0, 10).getContent()).filteredOn(notification -> notification.kind() == NotificationKind.MESSAGES).singleElement()
                .satisfies(notification -> assertThat(notification.arguments()).contains("Association qui lit ses mails", "Transporter des bacs"));

        clock.advance(Duration.ofMinutes(14));
        messageMails.sendUnread();
        assertThat(mails.sentTo(pair.company(), "nouveau message")).as("not yet: 14 minutes").hasSize(before);
        clock.advance(Duration.ofMinutes(2));
        assertThat(messageMails.sendUnread()).isEqualTo(1);
        var mail = mails.sentTo(pair.company(), "nouveau message").getLast();
        assertThat(mail.getSubject()).isEqualTo("Alliances : nouveau message de Association qui lit ses mails");
        assertThat(mail.getText()).contains("vous a écrit le").contains("Pouvez-vous passer samedi ?")
                .contains("/conversation/" + pair.conversation());
        assertThat(messageMails.sendUnread()).as("sent once").isZero();

        SignIn.as(pair.association(), "ASSOCIATION");
        conversations.send(pair.conversation(), "Ou dimanche ?");
        awaitNotified(pair.company(), 2);
        clock.advance(Duration.ofMinutes(20));
        assertThat(messageMails.sendUnread()).as("unread 20 minutes, but the last e-mail went 20 minutes ago").isZero();
        clock.advance(Duration.ofMinutes(41));
        assertThat(messageMails.sendUnread()).isEqualTo(1);
        assertThat(mails.sentTo(pair.company(), "nouveau message").getLast().getText()).contains("Ou dimanche ?")
                .doesNotContain("Pouvez-vous passer samedi ?");
    }

    @Test
    void aMessageReadInTimeIsNotMailedAndTheTextStaysOutWhenTheMemberSaysSo() {
        var pair = pairs.interest("Association discrète par mail", "Entreprise attentive");
        SignIn.as(pair.association(), "ASSOCIATION");
        conversations.send(pair.conversation(), "Premier message confidentiel");
        awaitNotified(pair.company(), 1);
        clock.advance(Duration.ofMinutes(5));
        SignIn.as(pair.company(), "COMPANY");
        conversations.markRead(pair.conversation());
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.queryForObject("select count(*) from notifications_notification n "
                + "join accounts_user a on a.id = n.account_id where a.email = ? and n.kind = 'MESSAGES' and n.read_at is null", Long.class,
                pair.company()) == 0);
        clock.advance(Duration.ofMinutes(15));
        messageMails.sendUnread();
        assertThat(mails.sentTo(pair.company(), "nouveau message")).as("read after 5 minutes").isEmpty();

        center.chooseMessageText(false);
        SignIn.as(pair.association(), "ASSOCIATION");
        conversations.send(pair.conversation(), "Second message confidentiel");
        awaitNotified(pair.company(), 2);
        clock.advance(Duration.ofMinutes(16));
        messageMails.sendUnread();
        var mail = mails.sentTo(pair.company(), "nouveau message").getLast();
        assertThat(mail.getText()).doesNotContain("confidentiel").contains("n’est pas recopié")
                .contains("/conversation/" + pair.conversation());
    }

    @Test
    void whoChoseTheDigestGetsTheMessageThereAndNotAtOnce() {
        var pair = pairs.interest("Association au résumé", "Entreprise au résumé");
        SignIn.as(pair.company(), "COMPANY");
        center.choose(Map.of(NotificationKind.MESSAGES, Channel.DAILY_DIGEST));
        SignIn.as(pair.association(), "ASSOCIATION");
        conversations.send(pair.conversation(), "Un mot pour le résumé");
        awaitNotified(pair.company(), 1);
        clock.advance(Duration.ofHours(2));
        messageMails.sendUnread();
        assertThat(mails.sentTo(pair.company(), "nouveau message")).isEmpty();
        center.sendDailyDigests();
        assertThat(mails.sentTo(pair.company()).getLast().getText()).contains("Association au résumé")
                .contains("vous a écrit à propos du besoin « Transporter des bacs »").doesNotContain("Un mot pour le résumé");
    }

    private void awaitNotified(String login, int messages) {
        Awaitility.await().atMost(Duration.ofSeconds(20)).until(() -> notified(login) >= messages);
    }

    private long notified(String login) {
        return jdbc.queryForObject("select count(*) from notifications_notification n join accounts_user a on a.id = n.account_id "
                + "where a.email = ? and n.kind = 'MESSAGES'", Long.class, login);
    }
}
