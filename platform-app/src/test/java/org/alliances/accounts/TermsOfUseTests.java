package org.alliances.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.TermsOfUse;
import org.alliances.kernel.testing.SignIn;
import org.alliances.kernel.testing.TestData;
import org.alliances.kernel.ui.LegalLinks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/** No account without the terms of use accepted; a member on an older version is asked again before any other page. */
@SpringBootTest
@Import(TestSupport.class)
class TermsOfUseTests extends SpringBrowserlessTest {

    @Autowired AccountService accounts;
    @Autowired TestMembers members;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAccountIsMadeOnlyWithTheTermsAcceptedAndKeepsTheirVersionAndDate() {
        var email = TestData.email("terms");
        var registration = OrganizationRegistration.association("Association sans conditions", TestData.rna(), "69123");
        assertThatThrownBy(() -> accounts.signUp(registration, new Credentials(email, TestData.PASSWORD, TestData.PASSWORD, false),
                "terms-test", Locale.FRENCH)).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("terms", "terms.required"));
        assertThat(accounts.findByEmail(email)).isEmpty();

        accounts.signUp(registration, new Credentials(email, TestData.PASSWORD, TestData.PASSWORD, true), "terms-test", Locale.FRENCH);
        var stored = jdbc.queryForMap("select terms_version, terms_accepted_at from accounts_user where email = ?", email);
        assertThat(stored.get("terms_version")).isEqualTo(TermsOfUse.version());
        assertThat(stored.get("terms_accepted_at")).isNotNull();
    }

    @Test
    void aMemberOnAnOlderVersionIsAskedBeforeAnyOtherPageCanReadTheTermsThenGoesOn() {
        var email = members.newAssociation("Association des anciennes conditions", "69123");
        jdbc.update("update accounts_user set terms_version = '2020-01-01' where email = ?", email);
        SignIn.as(email, "ASSOCIATION");

        UI.getCurrent().navigate("partenariats");
        assertThat(path()).isEqualTo(TermsOfUse.ACCEPT_ROUTE);
        UI.getCurrent().navigate(LegalLinks.TERMS);
        assertThat(path()).isEqualTo(LegalLinks.TERMS);

        UI.getCurrent().navigate("partenariats");
        test(find(Button.class).withText("J’accepte la nouvelle version").single()).click();
        assertThat(jdbc.queryForObject("select terms_version from accounts_user where email = ?", String.class, email))
                .isEqualTo(TermsOfUse.version());
        UI.getCurrent().navigate("partenariats");
        assertThat(path()).isEqualTo("partenariats");
    }

    private static String path() {
        return UI.getCurrent().getActiveViewLocation().getPath();
    }
}
