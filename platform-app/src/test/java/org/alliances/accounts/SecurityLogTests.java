package org.alliances.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Locale;

import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.kernel.Roles;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The security log: sign-ins, failures, waits, refused cross-site logins, password changes and membership changes,
 * each with the member's id and the client's address, never a password, a token or an e-mail address.
 */
@SpringBootTest
@Import(TestSupport.class)
@ExtendWith(OutputCaptureExtension.class)
class SecurityLogTests {

    @Autowired WebApplicationContext context;
    @Autowired TestMembers members;
    @Autowired AccountService accounts;
    @Autowired Memberships memberships;

    @Test
    void signInsFailuresAndWaitsAreLoggedWithTheAccountAndTheClientOnly(CapturedOutput output) throws Exception {
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var email = members.newAssociation("Association journalisée", "69123");
        var id = accounts.findByEmail(email).orElseThrow().id();
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login").param("username", email).param("password", "wrong secret " + i).with(csrf())
                    .with(request -> { request.setRemoteAddr("10.7.0.1"); return request; }));
        }
        mvc.perform(post("/login").param("username", email).param("password", TestData.PASSWORD).with(csrf())
                .with(request -> { request.setRemoteAddr("10.7.0.2"); return request; }));
        mvc.perform(post("/login").header("Origin", "https://attacker.example").param("username", email)
                .param("password", TestData.PASSWORD).with(request -> { request.setRemoteAddr("10.7.0.3"); return request; }));

        assertThat(output.getOut()).contains("Security event sign-in-failed account=" + id + " client=10.7.0.1")
                .contains("Security event sign-in-throttled account=- client=10.7.0.1")
                .contains("Security event sign-in account=" + id + " client=10.7.0.2")
                .contains("Security event sign-in-cross-site-refused account=- client=10.7.0.3");
        assertSecret(output, email);
    }

    @Test
    void passwordAndMembershipChangesAreLogged(CapturedOutput output) {
        var email = members.newCompany("Entreprise journalisée", "69266");
        var id = accounts.findByEmail(email).orElseThrow().id();
        TestMembers.signIn(email, Roles.COMPANY);
        try {
            accounts.changeMyPassword(TestData.PASSWORD, "une autre phrase de passe", "une autre phrase de passe");
            memberships.invite(TestData.email("colleague"), "10.8.0.1", Locale.FRENCH);
        } finally {
            TestMembers.signOut();
        }
        assertThat(output.getOut()).contains("Security event password-changed account=" + id)
                .contains("Security event member-invited account=" + id);
        assertSecret(output, email);
    }

    private static void assertSecret(CapturedOutput output, String email) {
        assertThat(output.getOut().lines().filter(line -> line.contains("alliances.security")))
                .isNotEmpty()
                .noneMatch(line -> line.contains(email) || line.contains("secret") || line.contains("phrase"));
    }
}
