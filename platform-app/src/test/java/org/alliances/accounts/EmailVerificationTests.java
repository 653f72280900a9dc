package org.alliances.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.alliances.RecordingMailSender;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.accounts.EmailVerification.Outcome;
import org.alliances.accounts.internal.AuditJournal;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.Roles;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.TestData;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Proving an address: a link at registration, valid 48 hours and once, sent again on request; until then nothing is
 * published in the member's name; a change of address proven the same way; a registration with a taken address
 * answered like a success; admins' confirmations kept in a journal nobody can edit.
 */
@SpringBootTest
@Import(TestSupport.class)
class EmailVerificationTests {

    static final Pattern LINK = Pattern.compile("/adresse/confirmer/([A-Za-z0-9_-]{43})");

    @Autowired EmailVerification verification;
    @Autowired AccountService accounts;
    @Autowired MatchingService matching;
    @Autowired RecordingMailSender mails;
    @Autowired MutableClock clock;
    @Autowired AuditJournal journal;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void cleanUp() {
        clock.reset();
        TestMembers.signOut();
    }

    String register(String name) {
        var email = TestData.email("proof");
        accounts.register(OrganizationRegistration.association(name, TestData.rna(), "69123"),
                new Credentials(email, TestData.PASSWORD, TestData.PASSWORD));
        return email;
    }

    String lastLinkTo(String email, String subjectWords) {
        var sent = mails.sentTo(email, subjectWords);
        assertThat(sent).isNotEmpty();
        var matcher = LINK.matcher(sent.getLast().getText());
        assertThat(matcher.find()).as("a confirmation link in the e-mail").isTrue();
        return matcher.group(1);
    }

    static String client() {
        return "client-" + TestData.email("x");
    }

    static NeedForm need() {
        return new NeedForm("Des bénévoles pour la fête du quartier", "Tenir les stands un samedi.",
                java.util.Set.of(org.alliances.kernel.Theme.CITIZENSHIP), org.alliances.matching.Contribution.EMPLOYEE_VOLUNTEERING,
                java.util.Set.of(org.alliances.kernel.CooperationModel.ACTIVE_ENGAGEMENT), "69259",
                org.alliances.matching.Reach.DEPARTMENT, null, null, null);
    }

    @Test
    void anUnprovenMemberCannotPublishUntilTheyFollowTheLinkWhichWorksOnce() {
        var email = register("Jardin des écoles");
        var token = lastLinkTo(email, "confirmez votre adresse");
        assertThat(mails.sentTo(email, "confirmez votre adresse").getLast().getText()).contains("valable 48 heures");

        TestMembers.signIn(email, Roles.ASSOCIATION);
        assertThatThrownBy(() -> matching.publish(null, need())).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("emailProof", "email.proof.required"));
        assertThat(matching.saveDraft(null, need()).status()).as("a draft stays possible")
                .isEqualTo(org.alliances.matching.NeedStatus.DRAFT);
        TestMembers.signOut();

        assertThat(verification.check(token)).isEqualTo(LinkStatus.VALID);
        assertThat(verification.confirm(token, Locale.FRENCH)).isEqualTo(Outcome.CONFIRMED);
        assertThat(verification.confirm(token, Locale.FRENCH)).isEqualTo(Outcome.USED);
        assertThat(verification.confirm("forged" + token.substring(6), Locale.FRENCH)).isEqualTo(Outcome.UNKNOWN);
        assertThat(accounts.findByEmail(email).orElseThrow().emailProven()).isTrue();

        TestMembers.signIn(email, Roles.ASSOCIATION);
        assertThat(matching.publish(null, need()).status()).isEqualTo(org.alliances.matching.NeedStatus.PUBLISHED);
    }

    @Test
    void aLinkExpiresAfterFortyEightHoursAndANewOneReplacesIt() {
        var email = register("Lecture pour tous");
        var first = lastLinkTo(email, "confirmez votre adresse");
        clock.advance(Duration.ofHours(48));
        assertThat(verification.check(first)).isEqualTo(LinkStatus.EXPIRED);

        TestMembers.signIn(email, Roles.ASSOCIATION);
        verification.resend(client(), Locale.FRENCH);
        TestMembers.signOut();
        var second = lastLinkTo(email, "confirmez votre adresse");
        assertThat(second).isNotEqualTo(first);
        assertThat(verification.check(first)).as("replaced").isEqualTo(LinkStatus.UNKNOWN);
        assertThat(verification.confirm(second, Locale.FRENCH)).isEqualTo(Outcome.CONFIRMED);

        TestMembers.signIn(email, Roles.ASSOCIATION);
        assertThatThrownBy(() -> verification.resend(client(), Locale.FRENCH)).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("emailProof", "proof.already"));
    }

    @Test
    void resendingIsLimited() {
        var email = register("Chorale du quartier");
        TestMembers.signIn(email, Roles.ASSOCIATION);
        for (int i = 0; i < EmailVerification.SENDS_MAX; i++) {
            verification.resend(client(), Locale.FRENCH);
        }
        assertThatThrownBy(() -> verification.resend(client(), Locale.FRENCH)).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("emailProof", "proof.too-many"));
    }

    @Test
    void aNewAddressReplacesTheOldOneOnlyOnceProvenAndTheOldOneIsTold() {
        var email = register("Ciné-club");
        var newEmail = TestData.email("new-address");
        TestMembers.signIn(email, Roles.ASSOCIATION);
        assertThatThrownBy(() -> verification.askChange(newEmail, "not my password", client(), Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("changePassword", "password.current.wrong"));
        assertThatThrownBy(() -> verification.askChange("pas une adresse", TestData.PASSWORD, client(), Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("newEmail", "email.invalid"));
        verification.askChange(newEmail, TestData.PASSWORD, client(), Locale.FRENCH);
        TestMembers.signOut();
        assertThat(accounts.findByEmail(email)).as("the old address works until the new one is proven").isPresent();

        var token = lastLinkTo(newEmail, "nouvelle adresse");
        assertThat(verification.confirm(token, Locale.FRENCH)).isEqualTo(Outcome.CHANGED);
        assertThat(accounts.findByEmail(email)).isEmpty();
        assertThat(accounts.findByEmail(newEmail)).get().satisfies(account -> assertThat(account.emailProven()).isTrue());
        assertThat(mails.sentTo(email, "a changé")).hasSize(1);
    }

    @Test
    void aTakenAddressIsAnsweredLikeASuccessAndItsOwnerIsTold() {
        var owner = register("Association existante");
        var before = mails.sentTo(owner).size();

        accounts.signUp(OrganizationRegistration.association("Une autre", TestData.rna(), "69123"),
                new Credentials(owner.toUpperCase(Locale.ROOT), TestData.PASSWORD, TestData.PASSWORD), client(), Locale.FRENCH);

        assertThat(mails.sentTo(owner)).hasSize(before + 1);
        assertThat(mails.sentTo(owner).getLast().getSubject()).isEqualTo("Alliances : vous avez déjà un compte");
        assertThatThrownBy(() -> accounts.signUp(OrganizationRegistration.association(" ", TestData.rna(), "69123"),
                new Credentials(owner, TestData.PASSWORD, TestData.PASSWORD), client(), Locale.FRENCH))
                .as("other problems are shown, the taken address is not").isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsKey("name").doesNotContainKey("email"));
    }

    @Test
    void registrationsAreLimitedPerClient() {
        var client = client();
        for (int i = 0; i < AccountService.REGISTRATIONS_MAX; i++) {
            accounts.signUp(OrganizationRegistration.association("Association " + i, TestData.rna(), "69123"),
                    new Credentials(TestData.email("many"), TestData.PASSWORD, TestData.PASSWORD), client, Locale.FRENCH);
        }
        assertThatThrownBy(() -> accounts.signUp(OrganizationRegistration.association("Une de trop", TestData.rna(), "69123"),
                new Credentials(TestData.email("many"), TestData.PASSWORD, TestData.PASSWORD), client, Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("email", "registration.too-many"));
    }

    @Test
    void anAdminsConfirmationIsJournaledAndTheJournalCannotBeEdited() {
        var email = register("Association vérifiée par téléphone");
        var account = accounts.findByEmail(email).orElseThrow();
        TestMembers.asAdmin(() -> verification.confirmByAdmin(account.id()));

        TestMembers.asAdmin(() -> assertThat(journal.lines(java.util.Set.of(AuditJournal.Action.EMAIL_CONFIRMED), 0).getContent())
                .anySatisfy(line -> {
                    assertThat(line.account()).isEqualTo(email);
                    assertThat(line.actor()).isEqualTo(TestMembers.ADMIN);
                }));
        assertThatThrownBy(() -> jdbc.update("update accounts_audit set reason = 'changed'"))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> jdbc.update("delete from accounts_audit")).hasMessageContaining("append-only");
    }
}
