package org.alliances.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.AccountStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

/** The demo profile loads realistic data over real communes, once: a second run adds nothing. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestSupport.class)
class DemoDataTests {

    @Autowired DemoData demoData;
    @Autowired AccountService accounts;
    @Autowired JdbcTemplate jdbc;

    @Test
    void theDemoAccountsOfTheFourRolesCanLogIn() {
        for (var email : new String[] {DemoData.ASSOCIATION_EMAIL, DemoData.COMPANY_EMAIL, DemoData.AUTHORITY_EMAIL, "admin@demo.alliances.fr"}) {
            assertThat(accounts.findByEmail(email)).as(email).hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(AccountStatus.ACTIVE));
        }
        assertThat(accounts.findByEmail(DemoData.PENDING_AUTHORITY_EMAIL).orElseThrow().status()).isEqualTo(AccountStatus.PENDING_APPROVAL);
    }

    @Test
    void theOrganisationsStandOnRealCommunesOfAtLeastThreeDepartements() {
        var departments = jdbc.queryForList("select distinct left(commune_code, 2) from kernel_organization where type in ('ASSOCIATION', 'COMPANY')", String.class);
        assertThat(departments).hasSizeGreaterThanOrEqualTo(3).contains("69", "38", "44", "33");
        assertThat(jdbc.queryForObject("select count(*) from kernel_organization where type = 'ASSOCIATION'", Integer.class)).isGreaterThanOrEqualTo(31);
        assertThat(jdbc.queryForObject("select count(*) from kernel_organization where type = 'COMPANY'", Integer.class)).isGreaterThanOrEqualTo(21);
    }

    @Test
    void theDemoAssociationAndCompanyHaveTakenTheDiagnosisAndShareIt() {
        var rows = jdbc.queryForList("select o.type, d.maturity_level from diagnosis_diagnosis d"
                + " join kernel_organization o on o.id = d.organization_id where d.status = 'COMPLETED' order by o.type");
        assertThat(rows).extracting(row -> row.get("type") + ":" + row.get("maturity_level"))
                .containsExactly("ASSOCIATION:EXPERIMENTING", "COMPANY:STRUCTURED");
        assertThat(jdbc.queryForObject("select count(*) from diagnosis_sharing", Integer.class)).isEqualTo(2);
    }

    @Test
    void everyDemoAssociationHasAPublishedNeedAndTheDemoCompanyAnInterestWaiting() {
        assertThat(jdbc.queryForObject("select count(*) from matching_need where status = 'PUBLISHED'", Integer.class)).isEqualTo(32);
        assertThat(jdbc.queryForObject("select count(*) from matching_profile", Integer.class)).isEqualTo(21);
        assertThat(jdbc.queryForObject("select count(*) from matching_interest where status = 'PENDING'", Integer.class)).isEqualTo(1);
    }

    @Test
    void theDemoAssociationAndCompanyRunPartnershipsAtEveryKindOfMoment() {
        var demoOrganizations = "(select organization_id from accounts_user where email in ('" + DemoData.ASSOCIATION_EMAIL + "', '"
                + DemoData.COMPANY_EMAIL + "'))";
        assertThat(jdbc.queryForList("select stage from partnerships_partnership where association_id in " + demoOrganizations
                + " or company_id in " + demoOrganizations + " order by stage", String.class))
                .containsExactly("ENDED", "EVALUATION", "PROPOSED");
        assertThat(jdbc.queryForObject("select count(*) from partnerships_partnership", Integer.class)).isEqualTo(17);
        assertThat(jdbc.queryForObject("select count(*) from partnerships_stage_change where evolved_from is not null", Integer.class))
                .isEqualTo(2);
        assertThat(jdbc.queryForObject("select count(*) from partnerships_contribution", Integer.class)).isEqualTo(3 + 13);
        assertThat(jdbc.queryForObject("select count(*) from partnerships_indicator", Integer.class)).isEqualTo(3);
    }

    @Test
    void theLibraryHoldsThePublicationsOfTheTypologyDemoCaseStudiesAndAProposal() {
        assertThat(jdbc.queryForObject("select count(*) from resources_resource where status = 'PUBLISHED' and type <> 'CASE_STUDY'",
                Integer.class)).isEqualTo(12);
        assertThat(jdbc.queryForList("select department_code from resources_resource where status = 'PUBLISHED' and type = 'CASE_STUDY' "
                + "order by department_code", String.class)).containsExactly("33", "38", "44", "69");
        assertThat(jdbc.queryForObject("select count(*) from resources_resource where status = 'IN_REVIEW'", Integer.class)).isEqualTo(1);
    }

    @Test
    void loadingTheDemoAgainAddsNothing() throws Exception {
        int organizations = jdbc.queryForObject("select count(*) from kernel_organization", Integer.class);
        int members = jdbc.queryForObject("select count(*) from accounts_user", Integer.class);

        demoData.run(null);

        assertThat(jdbc.queryForObject("select count(*) from kernel_organization", Integer.class)).isEqualTo(organizations);
        assertThat(jdbc.queryForObject("select count(*) from accounts_user", Integer.class)).isEqualTo(members);
    }

    @Test
    void theDemoAssociationHasTwoMembersAndAnInvitationWaitingAndTheLocalAuthorityTwoAgents() {
        var association = accounts.findByEmail(DemoData.ASSOCIATION_EMAIL).orElseThrow();
        assertThat(accounts.activeMembersOf(association.organizationId())).extracting(org.alliances.accounts.Account::email)
                .containsExactlyInAnyOrder(DemoData.ASSOCIATION_EMAIL, DemoMembers.VOLUNTEER_EMAIL);
        assertThat(jdbc.queryForObject("select count(*) from accounts_invitation where organization_id = ? and accepted_at is null",
                Integer.class, association.organizationId())).isEqualTo(1);
        var authority = accounts.findByEmail(DemoData.AUTHORITY_EMAIL).orElseThrow();
        assertThat(accounts.activeMembersOf(authority.organizationId())).extracting(org.alliances.accounts.Account::email)
                .containsExactlyInAnyOrder(DemoData.AUTHORITY_EMAIL, DemoMembers.SECOND_AGENT_EMAIL);
        assertThat(accounts.findByEmail(DemoMembers.VOLUNTEER_EMAIL).orElseThrow().emailProven()).isTrue();
    }
}
