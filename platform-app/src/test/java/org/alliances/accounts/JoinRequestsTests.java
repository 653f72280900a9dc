package org.alliances.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import org.alliances.RecordingMailSender;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.accounts.internal.AuditJournal;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * Claiming an organisation already registered: its responsables answer; a contested registration, an unanswered
 * request and a territory's new agent go to the admins, who may hand the organisation over.
 */
@SpringBootTest
@Import(TestSupport.class)
class JoinRequestsTests {

    static final String PASSWORD = "une phrase de passe solide";

    @Autowired JoinRequestService joinRequests;
    @Autowired AccountService accounts;
    @Autowired TestMembers members;
    @Autowired RecordingMailSender mails;
    @Autowired MutableClock clock;
    @Autowired AuditJournal journal;
    @Autowired Territories territories;

    @AfterEach
    void cleanUp() {
        clock.reset();
        TestMembers.signOut();
    }

    static String client() {
        return "client-" + TestData.email("x");
    }

    String identifierOf(String memberEmail) {
        TestMembers.signIn(memberEmail, Roles.ASSOCIATION);
        try {
            return accounts.find(accounts.findByEmail(memberEmail).orElseThrow().id()).map(Account::organizationId)
                    .flatMap(id -> organizations.find(id)).orElseThrow().identifier();
        } finally {
            TestMembers.signOut();
        }
    }

    @Autowired org.alliances.kernel.OrganizationService organizations;

    @Test
    void theResponsablesAcceptAColleagueWhoseOrganisationWasAlreadyRegistered() {
        var responsable = members.newAssociation("Les Amis du Lavoir", "69123");
        var identifier = identifierOf(responsable);
        var asker = TestData.email("asker");
        assertThatThrownBy(() -> joinRequests.ask(OrganizationType.ASSOCIATION, "W999999999", "Alix Martin",
                new Credentials(asker, PASSWORD, PASSWORD), false, null, client(), Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidInputException.class, problems -> assertThat(problems.problems())
                        .containsEntry("identifier", "join.organization.unknown.ASSOCIATION"));

        joinRequests.ask(OrganizationType.ASSOCIATION, identifier, "Alix Martin", new Credentials(asker, PASSWORD, PASSWORD),
                false, "Je suis la trésorière.", client(), Locale.FRENCH);
        assertThat(accounts.findByEmail(asker).orElseThrow().status()).isEqualTo(AccountStatus.PENDING_JOIN);
        assertThat(mails.sentTo(asker, "confirmez votre adresse")).hasSize(1);

        var outsider = members.newAssociation("Une autre association", "69123");
        TestMembers.signIn(outsider, Roles.ASSOCIATION);
        assertThat(joinRequests.forMyOrganization()).isEmpty();
        TestMembers.signOut();

        TestMembers.signIn(responsable, Roles.ASSOCIATION);
        var request = joinRequests.forMyOrganization().getFirst();
        assertThat(request.name()).isEqualTo("Alix Martin");
        assertThat(request.message()).isEqualTo("Je suis la trésorière.");
        TestMembers.signOut();

        TestMembers.signIn(outsider, Roles.ASSOCIATION);
        assertThatThrownBy(() -> joinRequests.accept(request.id())).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("request", "join.request.unknown"));
        TestMembers.signOut();

        TestMembers.signIn(responsable, Roles.ASSOCIATION);
        joinRequests.accept(request.id());
        assertThat(joinRequests.forMyOrganization()).isEmpty();
        var joined = accounts.findByEmail(asker).orElseThrow();
        assertThat(joined.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(joined.membership()).isEqualTo(Membership.MEMBER);
        assertThat(joined.organizationId()).isEqualTo(accounts.findByEmail(responsable).orElseThrow().organizationId());
    }

    @Test
    void aContestedRegistrationGoesToTheAdminsWhoHandTheOrganisationOver() {
        var squatter = members.newCompany("Entreprise usurpée", "69266");
        var identifier = organizations.find(accounts.findByEmail(squatter).orElseThrow().organizationId()).orElseThrow().identifier();
        var owner = TestData.email("owner");
        joinRequests.ask(OrganizationType.COMPANY, identifier, "Claude Dirigeant", new Credentials(owner, PASSWORD, PASSWORD),
                true, "Je suis le gérant, Kbis à l'appui.", client(), Locale.FRENCH);

        TestMembers.signIn(squatter, Roles.COMPANY);
        assertThat(joinRequests.forMyOrganization()).as("a contested registration is not for its members to judge").isEmpty();
        assertThatThrownBy(() -> joinRequests.forAdmins()).isInstanceOf(AccessDeniedException.class);
        TestMembers.signOut();

        TestMembers.asAdmin(() -> {
            var request = joinRequests.forAdmins().stream().filter(found -> found.email().equals(owner)).findFirst().orElseThrow();
            assertThat(request.contested()).isTrue();
            assertThatThrownBy(() -> joinRequests.handOver(request.id(), " ", Locale.FRENCH)).isInstanceOf(InvalidInputException.class);
            joinRequests.handOver(request.id(), "Kbis vérifié par téléphone", Locale.FRENCH);
            assertThat(journal.lines(Set.of(AuditJournal.Action.ORGANIZATION_HANDED_OVER), 0).getContent())
                    .anySatisfy(line -> assertThat(line.reason()).isEqualTo("Kbis vérifié par téléphone"));
        });
        var handedTo = accounts.findByEmail(owner).orElseThrow();
        assertThat(handedTo.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(handedTo.membership()).isEqualTo(Membership.RESPONSABLE);
        assertThat(accounts.findByEmail(squatter).orElseThrow().status()).isEqualTo(AccountStatus.LEFT);
        assertThat(mails.sentTo(squatter, "a été confiée")).hasSize(1);
    }

    @Test
    void aRequestLeftFourteenDaysWithoutAnswerGoesToTheAdmins() {
        var responsable = members.newAssociation("Association silencieuse", "69123");
        var identifier = identifierOf(responsable);
        var asker = TestData.email("patient");
        joinRequests.ask(OrganizationType.ASSOCIATION, identifier, "Dominique Patient", new Credentials(asker, PASSWORD, PASSWORD),
                false, null, client(), Locale.FRENCH);
        joinRequests.escalateUnanswered();
        TestMembers.asAdmin(() -> assertThat(joinRequests.forAdmins()).extracting(JoinRequest::email).doesNotContain(asker));

        clock.advance(JoinRequestService.ANSWER_DELAY.plus(Duration.ofMinutes(1)));
        joinRequests.escalateUnanswered();
        TestMembers.asAdmin(() -> {
            var request = joinRequests.forAdmins().stream().filter(found -> found.email().equals(asker)).findFirst().orElseThrow();
            assertThatThrownBy(() -> joinRequests.refuse(request.id(), "")).isInstanceOf(InvalidInputException.class);
            joinRequests.refuse(request.id(), "Personne ne connaît ce nom dans l'association.");
        });
        assertThat(accounts.findByEmail(asker).orElseThrow().status()).isEqualTo(AccountStatus.REFUSED);
    }

    @Test
    void aSecondAgentOfAnApprovedTerritoryIsAcceptedByTheFirstWithoutTheAdmin() {
        members.ensureExist();
        var rhone = territories.territory(TerritoryLevel.DEPARTMENT, "69").orElseThrow();
        var second = TestData.email("second-agent");
        accounts.signUpLocalAuthority(rhone, new Credentials(second, PASSWORD, PASSWORD), client(), Locale.FRENCH);
        assertThat(accounts.findByEmail(second).orElseThrow().status()).isEqualTo(AccountStatus.PENDING_JOIN);
        TestMembers.asAdmin(() -> assertThat(joinRequests.forAdmins()).extracting(JoinRequest::email).contains(second));

        TestMembers.signIn(TestMembers.LOCAL_AUTHORITY, Roles.LOCAL_AUTHORITY);
        var request = joinRequests.forMyOrganization().stream().filter(found -> found.email().equals(second)).findFirst().orElseThrow();
        joinRequests.accept(request.id());
        var agent = accounts.findByEmail(second).orElseThrow();
        assertThat(agent.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(agent.role()).isEqualTo(Roles.LOCAL_AUTHORITY);
    }
}
