package org.alliances.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationProfile;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationUpdated;
import org.alliances.kernel.Sector;
import org.alliances.kernel.SizeBand;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;

/** A member changes their password and their organisation's profile, and nobody else's. */
@SpringBootTest
@EnableScenarios
@Import(TestSupport.class)
class MyAccountTests {

    @Autowired AccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;
    @Autowired TestMembers members;

    String email;
    Account account;

    @BeforeEach
    void aCompanyMember() {
        members.ensureExist();
        email = TestData.email("settings");
        account = accounts.register(OrganizationRegistration.company("Imprimerie Lumière", TestData.siren(), "69123",
                Sector.MANUFACTURING, SizeBand.SMALL), new Credentials(email, TestData.PASSWORD, TestData.PASSWORD));
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(email, null, AuthorityUtils.createAuthorityList("ROLE_COMPANY")));
        SecurityContextHolder.setContext(context);
    }

    @Test
    void theNewPasswordReplacesTheOldOne() {
        accounts.changeMyPassword(TestData.PASSWORD, "un tout nouveau secret", "un tout nouveau secret");

        assertThat(passwordEncoder.matches("un tout nouveau secret", hash())).isTrue();
        assertThat(passwordEncoder.matches(TestData.PASSWORD, hash())).isFalse();
    }

    @Test
    void aWrongCurrentPasswordOrAWeakNewOneChangesNothing() {
        var before = hash();
        assertThatThrownBy(() -> accounts.changeMyPassword("pas le bon", "motdepasse123", "autre chose"))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry("currentPassword", "password.current.wrong")
                        .containsEntry("password", "password.common")
                        .containsEntry("confirmation", "password.mismatch"));
        assertThatThrownBy(() -> accounts.changeMyPassword(TestData.PASSWORD, TestData.PASSWORD, TestData.PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsEntry("password", "password.same"));
        assertThat(hash()).isEqualTo(before);
    }

    @Test
    void aNewProfileIsSavedAndAnnounced(Scenario scenario) {
        scenario.stimulate(() -> accounts.updateMyOrganization(new OrganizationProfile("Imprimerie Lumière et Fils", "38185",
                        Sector.MANUFACTURING, SizeBand.MEDIUM)))
                .andWaitForEventOfType(OrganizationUpdated.class)
                .matching(event -> event.organizationId().equals(account.organizationId()))
                .toArriveAndVerify(event -> assertThat(event.communeCode()).isEqualTo("38185"));

        var organization = organizations.find(account.organizationId()).orElseThrow();
        assertThat(organization.name()).isEqualTo("Imprimerie Lumière et Fils");
        assertThat(organization.sizeBand()).isEqualTo(SizeBand.MEDIUM);
    }

    @Test
    void aProfileWithoutNameOrCommuneIsRefusedAndNothingChanges() {
        assertThatThrownBy(() -> accounts.updateMyOrganization(new OrganizationProfile(" ", "00000", null, SizeBand.MEDIUM)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys("name", "commune", "sector"));
        assertThat(organizations.find(account.organizationId()).orElseThrow().name()).isEqualTo("Imprimerie Lumière");
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aLocalAuthorityCannotEditAnOrganisationProfile() {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(TestMembers.LOCAL_AUTHORITY, null,
                AuthorityUtils.createAuthorityList("ROLE_LOCAL_AUTHORITY")));
        SecurityContextHolder.setContext(context);
        assertThatThrownBy(() -> accounts.updateMyOrganization(new OrganizationProfile("Autre nom", "69123", null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    private String hash() {
        return jdbc.queryForObject("select password_hash from accounts_user where email = ?", String.class, email);
    }
}
