package org.alliances.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import org.alliances.RecordingMailSender;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.PasswordRecovery;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** The forgotten-password pages as a visitor uses them, and the sessions a new password ends. */
@SpringBootTest
@Import(TestSupport.class)
class PasswordRecoveryViewTests extends SpringBrowserlessTest {

    static final Pattern LINK = Pattern.compile("/mot-de-passe/nouveau/([A-Za-z0-9_-]{43})");
    static final String SIGNED_IN = "signed.in.elsewhere@test.alliances.fr";

    @Autowired TestMembers members;
    @Autowired PasswordRecovery recovery;
    @Autowired AccountService accounts;
    @Autowired RecordingMailSender mails;
    @Autowired MutableClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    String linkTo(String email) {
        var matcher = LINK.matcher(mails.sentTo(email, "nouveau mot de passe").getLast().getText());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    @Test
    void theLoginPageLeadsToTheFormWhichAnswersTheSameForAnyAddress() {
        var login = navigate(LoginView.class);
        assertThat(find(Anchor.class, login).withText("Mot de passe oublié ?").single().getHref()).isEqualTo("mot-de-passe-oublie");

        var known = members.newAssociation("Jardin des Chartreux", "69381");
        for (var address : new String[] {known, TestData.email("personne")}) {
            var view = navigate(ForgotPasswordView.class);
            test(view.email).setValue(address);
            test(view.send).click();
            assertThat(view.sent.getText())
                    .isEqualTo("Si un compte existe pour cette adresse, un e-mail vient de lui être envoyé avec un lien valable une heure.");
            assertThat(view.email.isInvalid()).isFalse();
        }
        assertThat(mails.sentTo(known, "nouveau mot de passe")).hasSize(1);

        var empty = navigate(ForgotPasswordView.class);
        test(empty.email).setValue("");
        test(empty.send).click();
        assertThat(empty.email.getErrorMessage()).isEqualTo("Indiquez l'adresse e-mail de votre compte.");
    }

    @Test
    void aLinkOpensTheNewPasswordFormAndAForgedOneSaysSo() {
        var email = members.newCompany("Boulangerie des Chartreux", "69381");
        recovery.requestReset(email, "view-test", Locale.FRENCH);
        var token = linkTo(email);

        var forged = navigate(ResetPasswordView.class, "A".repeat(43));
        assertThat(forged.problem.getText()).isEqualTo("Ce lien n'est pas valable (il a pu être remplacé par un plus récent). Demandez-en un nouveau.");
        assertThat(find(Anchor.class, forged).withText("Recevoir un nouveau lien").exists()).isTrue();

        var view = navigate(ResetPasswordView.class, token);
        test(view.password).setValue("court");
        test(view.confirmation).setValue("court");
        test(view.save).click();
        assertThat(view.password.getErrorMessage()).isEqualTo("Le mot de passe doit compter au moins 12 caractères.");

        test(view.password).setValue("une phrase toute neuve");
        test(view.confirmation).setValue("une phrase toute neuve");
        test(view.save).click();
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);

        var used = navigate(ResetPasswordView.class, token);
        assertThat(used.problem.getText()).isEqualTo("Ce lien a déjà servi. Demandez-en un nouveau si besoin.");
    }

    @Test
    @WithMockUser(username = SIGNED_IN, roles = "ASSOCIATION")
    void aPasswordResetElsewhereEndsThisSessionAtItsNextClickWhileOnesOwnChangeKeepsIt() {
        if (accounts.findByEmail(SIGNED_IN).isEmpty()) {
            accounts.register(org.alliances.kernel.OrganizationRegistration.association("Association connectée", TestData.rna(), "69123"),
                    new AccountService.Credentials(SIGNED_IN, TestData.PASSWORD, TestData.PASSWORD));
        }
        var mine = navigate(MyAccountView.class);
        test(mine.currentPassword).setValue(TestData.PASSWORD);
        test(mine.newPassword).setValue("ma nouvelle phrase secrète");
        test(mine.confirmation).setValue("ma nouvelle phrase secrète");
        test(mine.savePassword).click();
        navigate(MyAccountView.class);
        assertThat(getCurrentView()).as("the session that changed the password goes on").isInstanceOf(MyAccountView.class);

        clock.advance(Duration.ofMinutes(1));
        recovery.requestReset(SIGNED_IN, "another-browser", Locale.FRENCH);
        recovery.reset(linkTo(SIGNED_IN), "une phrase choisie ailleurs", "une phrase choisie ailleurs");
        navigate("", LoginView.class);
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
