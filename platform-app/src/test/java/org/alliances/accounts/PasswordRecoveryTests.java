package org.alliances.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.alliances.RecordingMailSender;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.crypto.password.PasswordEncoder;

/** "Mot de passe oublié": the same answer for every address, a link valid one hour and once, limits per address and client. */
@SpringBootTest
@Import(TestSupport.class)
class PasswordRecoveryTests {

    private static final String RESET = "nouveau mot de passe";

    static final Pattern LINK = Pattern.compile("/mot-de-passe/nouveau/([A-Za-z0-9_-]{43})");
    static final String NEW_PASSWORD = "une toute nouvelle phrase";

    @Autowired PasswordRecovery recovery;
    @Autowired TestMembers members;
    @Autowired RecordingMailSender mails;
    @Autowired UserAccounts accounts;
    @Autowired PasswordEncoder passwords;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String lastLinkTo(String email) {
        var sent = mails.sentTo(email, RESET);
        assertThat(sent).isNotEmpty();
        var matcher = LINK.matcher(sent.getLast().getText());
        assertThat(matcher.find()).as("a reset link in the e-mail").isTrue();
        return matcher.group(1);
    }

    static String client() {
        return "client-" + TestData.email("x");
    }

    @Test
    void anAddressWithOrWithoutAnAccountGetsTheSameAnswerAndOnlyAnAccountGetsALink() {
        var known = members.newAssociation("Les Amis du jardin d'Ainay", "69382");
        var unknown = TestData.email("personne");

        recovery.requestReset(known.toUpperCase(Locale.ROOT), client(), Locale.FRENCH);
        recovery.requestReset(unknown, client(), Locale.FRENCH);

        assertThat(mails.sentTo(known, RESET)).singleElement().satisfies(mail -> {
            assertThat(mail.getSubject()).isEqualTo("Alliances : choisir un nouveau mot de passe");
            assertThat(mail.getText()).contains("valable 60 minutes, une seule fois").containsPattern(LINK);
        });
        assertThat(mails.sentTo(unknown, RESET)).isEmpty();
        assertThatThrownBy(() -> recovery.requestReset(" ", client(), Locale.FRENCH)).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("email", "recovery.email.required"));
    }

    @Test
    void aLinkSetsANewPasswordOnceAndEndsTheOtherSessions() {
        var email = members.newCompany("Imprimerie d'Ainay", "69382");

        recovery.requestReset(email, client(), Locale.FRENCH);
        var token = lastLinkTo(email);
        assertThat(recovery.check(token)).isEqualTo(LinkStatus.VALID);

        assertThatThrownBy(() -> recovery.reset(token, "aaaa", "aaaa")).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("password", "password.too-short"));
        assertThatThrownBy(() -> recovery.reset(token, NEW_PASSWORD, "autre chose")).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("confirmation", "password.mismatch"));
        assertThat(recovery.check(token)).as("a refused password leaves the link valid").isEqualTo(LinkStatus.VALID);

        clock.advance(Duration.ofMinutes(5));
        recovery.reset(token, NEW_PASSWORD, NEW_PASSWORD);

        var changed = accounts.findByLogin(email).orElseThrow();
        assertThat(passwords.matches(NEW_PASSWORD, changed.passwordHash())).isTrue();
        assertThat(changed.credentialsChangedAt()).isEqualTo(clock.instant());
        assertThat(recovery.check(token)).isEqualTo(LinkStatus.USED);
        assertThatThrownBy(() -> recovery.reset(token, "encore une autre phrase", "encore une autre phrase"))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("link", "recovery.link.used"));
        assertThat(passwords.matches(NEW_PASSWORD, accounts.findByLogin(email).orElseThrow().passwordHash())).isTrue();
    }

    @Test
    void aLinkExpiresAfterAnHourAForgedOneIsUnknownAndANewOneReplacesTheOld() {
        var email = members.newAssociation("Chorale de la Croix-Rousse", "69384");
        recovery.requestReset(email, client(), Locale.FRENCH);
        var first = lastLinkTo(email);
        recovery.requestReset(email, client(), Locale.FRENCH);
        var second = lastLinkTo(email);

        assertThat(second).isNotEqualTo(first);
        assertThat(recovery.check(first)).as("replaced by the newer link").isEqualTo(LinkStatus.UNKNOWN);
        assertThat(recovery.check("A".repeat(43))).isEqualTo(LinkStatus.UNKNOWN);
        assertThat(recovery.check(second)).isEqualTo(LinkStatus.VALID);

        clock.advance(Duration.ofMinutes(59));
        assertThat(recovery.check(second)).isEqualTo(LinkStatus.VALID);
        clock.advance(Duration.ofMinutes(1));
        assertThat(recovery.check(second)).isEqualTo(LinkStatus.EXPIRED);
        assertThatThrownBy(() -> recovery.reset(second, NEW_PASSWORD, NEW_PASSWORD)).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("link", "recovery.link.expired"));
    }

    @Test
    void askingIsLimitedPerAddressAndPerClientKnownOrNot() {
        var oneClient = client();
        for (int i = 0; i < PasswordRecovery.REQUESTS_MAX; i++) {
            recovery.requestReset(TestData.email("inconnu"), oneClient, Locale.FRENCH);
        }
        assertThatThrownBy(() -> recovery.requestReset(TestData.email("inconnu"), oneClient, Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("email", "recovery.too-many"));

        var known = members.newAssociation("Théâtre des Pentes", "69381");
        var unknown = TestData.email("inconnu");
        for (var address : new String[] {known, unknown}) {
            for (int i = 0; i < PasswordRecovery.REQUESTS_MAX; i++) {
                recovery.requestReset(address, client(), Locale.FRENCH);
            }
            assertThatThrownBy(() -> recovery.requestReset(address, client(), Locale.FRENCH))
                    .as("the same limit whether %s has an account or not", address)
                    .isInstanceOfSatisfying(InvalidInputException.class,
                            problems -> assertThat(problems.problems()).containsEntry("email", "recovery.too-many"));
        }
        assertThat(mails.sentTo(known, RESET)).hasSize(PasswordRecovery.REQUESTS_MAX);

        clock.advance(PasswordRecovery.WINDOW);
        recovery.requestReset(known, client(), Locale.FRENCH);
        assertThat(mails.sentTo(known, RESET)).hasSize(PasswordRecovery.REQUESTS_MAX + 1);
    }
}
