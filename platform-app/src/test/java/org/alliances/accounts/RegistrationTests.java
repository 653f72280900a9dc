package org.alliances.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.alliances.TestSupport;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationStatus;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Sector;
import org.alliances.kernel.SizeBand;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Registration against the embedded PostgreSQL: what is saved, and that a refusal saves nothing. */
@SpringBootTest
@Import(TestSupport.class)
class RegistrationTests {

    @Autowired AccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired Territories territories;
    @Autowired PasswordEncoder passwordEncoder;
    @Autowired JdbcTemplate jdbc;

    @Test
    void anAssociationRegistersAndItsMemberIsActive() {
        var email = TestData.email("asso");
        var rna = TestData.rna();
        var account = accounts.register(OrganizationRegistration.association("  Les Amis du Parc ", rna, "69123"),
                new Credentials(email.toUpperCase(), TestData.PASSWORD, TestData.PASSWORD));

        assertThat(account.email()).isEqualTo(email);
        assertThat(account.role()).isEqualTo(Roles.ASSOCIATION);
        assertThat(account.status()).isEqualTo(AccountStatus.ACTIVE);
        var organization = organizations.find(account.organizationId()).orElseThrow();
        assertThat(organization.name()).isEqualTo("Les Amis du Parc");
        assertThat(organization.identifier()).isEqualTo(rna);
        assertThat(organization.type()).isEqualTo(OrganizationType.ASSOCIATION);
        assertThat(organization.status()).isEqualTo(OrganizationStatus.ACTIVE);
        var hash = jdbc.queryForObject("select password_hash from accounts_user where id = ?", String.class, account.id());
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(TestData.PASSWORD);
        assertThat(passwordEncoder.matches(TestData.PASSWORD, hash)).isTrue();
    }

    @Test
    void aCompanyRegistersWithItsSirenSpacesIgnoredSectorAndSize() {
        var siren = TestData.siren();
        var spaced = siren.substring(0, 3) + " " + siren.substring(3, 6) + " " + siren.substring(6);
        var account = accounts.register(OrganizationRegistration.company("Acme Solidaire", spaced, "38185",
                Sector.CONSTRUCTION, SizeBand.SMALL), new Credentials(TestData.email("company"), TestData.PASSWORD, TestData.PASSWORD));

        var organization = organizations.find(account.organizationId()).orElseThrow();
        assertThat(organization.identifier()).isEqualTo(siren);
        assertThat(organization.sector()).isEqualTo(Sector.CONSTRUCTION);
        assertThat(organization.sizeBand()).isEqualTo(SizeBand.SMALL);
        assertThat(account.role()).isEqualTo(Roles.COMPANY);
    }

    @Test
    void aDuplicateSirenIsRefusedNextToTheFieldAndNothingIsSaved() {
        var siren = TestData.siren();
        accounts.register(OrganizationRegistration.company("Première", siren, "44109", Sector.TRADE, SizeBand.MICRO),
                new Credentials(TestData.email("first"), TestData.PASSWORD, TestData.PASSWORD));
        int organizationsBefore = count("kernel_organization");
        int accountsBefore = count("accounts_user");
        var secondEmail = TestData.email("second");

        assertThatThrownBy(() -> accounts.register(OrganizationRegistration.company("Seconde", siren, "44109", Sector.TRADE,
                SizeBand.MICRO), new Credentials(secondEmail, TestData.PASSWORD, TestData.PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e ->
                        assertThat(e.problems()).containsExactly(java.util.Map.entry("identifier", "identifier.taken.COMPANY")));

        assertThat(count("kernel_organization")).isEqualTo(organizationsBefore);
        assertThat(count("accounts_user")).isEqualTo(accountsBefore);
        assertThat(accounts.findByEmail(secondEmail)).isEmpty();
    }

    @Test
    void everyProblemIsReportedAtOnceAndNothingIsSaved() {
        int organizationsBefore = count("kernel_organization");
        int accountsBefore = count("accounts_user");

        assertThatThrownBy(() -> accounts.register(OrganizationRegistration.company(" ", "123456789", null, null, null),
                new Credentials("not-an-email", "short", "other")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).containsOnlyKeys(
                        "name", "identifier", "commune", "sector", "sizeBand", "email", "password", "confirmation")
                        .containsEntry("identifier", "identifier.siren.checksum")
                        .containsEntry("password", "password.too-short")
                        .containsEntry("confirmation", "password.mismatch"));

        assertThat(count("kernel_organization")).isEqualTo(organizationsBefore);
        assertThat(count("accounts_user")).isEqualTo(accountsBefore);
    }

    @Test
    void aCommonPasswordOrAnEmailTakenIsRefused() {
        var email = TestData.email("taken");
        accounts.register(OrganizationRegistration.association("Une", TestData.rna(), "69123"),
                new Credentials(email, TestData.PASSWORD, TestData.PASSWORD));

        assertThatThrownBy(() -> accounts.register(OrganizationRegistration.association("Deux", TestData.rna(), "69123"),
                new Credentials(email, "motdepasse123", "motdepasse123")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry("email", "email.taken")
                        .containsEntry("password", "password.common"));
    }

    @Test
    void aLocalAuthorityWaitsForAnAdminAndCannotAskTwice() {
        var grenoble = territories.territory(TerritoryLevel.COMMUNE, "38185").orElseThrow();
        var email = TestData.email("agent");
        int before = count("accounts_user");
        var account = accounts.requestLocalAuthorityAccess(grenoble, new Credentials(email, TestData.PASSWORD, TestData.PASSWORD));

        assertThat(account.status()).isEqualTo(AccountStatus.PENDING_APPROVAL);
        assertThat(account.role()).isEqualTo(Roles.LOCAL_AUTHORITY);
        var organization = organizations.find(account.organizationId()).orElseThrow();
        assertThat(organization.status()).isEqualTo(OrganizationStatus.PENDING);
        assertThat(organization.territoryLevel()).isEqualTo(TerritoryLevel.COMMUNE);
        assertThat(organization.identifier()).isEqualTo("38185");
        assertThat(count("accounts_user")).isEqualTo(before + 1);

        assertThatThrownBy(() -> accounts.requestLocalAuthorityAccess(grenoble,
                new Credentials(TestData.email("other-agent"), TestData.PASSWORD, TestData.PASSWORD)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry("identifier", "identifier.taken.LOCAL_AUTHORITY"));
        assertThat(count("accounts_user")).isEqualTo(before + 1);
    }

    @Test
    void anEpciIsSeatedInItsLargestCommune() {
        var epci = territories.searchTerritories("Grenoble-Alpes", List.of(TerritoryLevel.EPCI), 0, 1).getFirst();
        var account = accounts.requestLocalAuthorityAccess(epci, new Credentials(TestData.email("epci"), TestData.PASSWORD, TestData.PASSWORD));
        assertThat(organizations.find(account.organizationId()).orElseThrow().communeCode()).isEqualTo("38185");
    }

    @Test
    void aRequestWithoutATerritorySaysSoNextToThePicker() {
        assertThatThrownBy(() -> accounts.requestLocalAuthorityAccess(null, new Credentials("", "", "")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .containsEntry("territory", "organization.territory.required")
                        .containsEntry("email", "email.required")
                        .containsEntry("password", "password.required"));
    }

    @Test
    void theFirstAdminComesFromConfiguration() {
        var admin = accounts.findByEmail("admin@test.alliances.fr").orElseThrow();
        assertThat(admin.role()).isEqualTo(Roles.ADMIN);
        assertThat(admin.status()).isEqualTo(AccountStatus.ACTIVE);
    }

    private int count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Integer.class);
    }
}
