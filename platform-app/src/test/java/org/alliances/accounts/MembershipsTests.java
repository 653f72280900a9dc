package org.alliances.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.alliances.RecordingMailSender;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.testing.MutableClock;
import org.alliances.kernel.testing.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;

/**
 * Members of an organisation: invitations valid 14 days and once, withdrawn or sent again; joining as a new member or
 * with an existing account; responsables; leaving and removal; nobody outside the organisation reaches any of it.
 */
@SpringBootTest
@Import(TestSupport.class)
class MembershipsTests {

    static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");
    static final String PASSWORD = "une phrase de passe solide";

    @Autowired Memberships memberships;
    @Autowired InvitationAcceptance acceptance;
    @Autowired AccountService accounts;
    @Autowired TestMembers members;
    @Autowired RecordingMailSender mails;
    @Autowired MutableClock clock;
    @Autowired org.alliances.accounts.internal.AuditJournal journal;

    @AfterEach
    void cleanUp() {
        clock.reset();
        TestMembers.signOut();
    }

    String invite(String responsable, String role, String email) {
        TestMembers.signIn(responsable, role);
        try {
            memberships.invite(email, client(), Locale.FRENCH);
        } finally {
            TestMembers.signOut();
        }
        return lastLinkTo(email);
    }

    String lastLinkTo(String email) {
        var sent = mails.sentTo(email, "vous invite");
        assertThat(sent).isNotEmpty();
        var matcher = LINK.matcher(sent.getLast().getText());
        assertThat(matcher.find()).as("an invitation link in the e-mail").isTrue();
        return matcher.group(1);
    }

    static String client() {
        return "client-" + TestData.email("x");
    }

    @Test
    void aColleagueInvitedJoinsOnceAsAProvenMemberOfTheOrganisation() {
        var responsable = members.newAssociation("Les Amis du Jardin", "69123");
        var colleague = TestData.email("colleague");
        var token = invite(responsable, Roles.ASSOCIATION, colleague);
        assertThat(mails.sentTo(colleague, "vous invite").getLast().getText())
                .contains("vous invite à rejoindre Les Amis du Jardin").contains("valable 14 jours");

        var link = acceptance.open(token);
        assertThat(link.status()).isEqualTo(LinkStatus.VALID);
        assertThat(link.organizationName()).isEqualTo("Les Amis du Jardin");
        assertThat(link.hasAccount()).isFalse();
        assertThatThrownBy(() -> acceptance.joinAsNewMember(token, " ", PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("name", "members.name.required"));
        assertThatThrownBy(() -> acceptance.joinAsNewMember(token, "Nom\nFORGED LOG LINE", PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("name", "text.control-characters"));

        var joined = acceptance.joinAsNewMember(token, "  Camille Martin ", PASSWORD, PASSWORD);

        var organization = accounts.findByEmail(responsable).orElseThrow().organizationId();
        assertThat(joined.organizationId()).isEqualTo(organization);
        assertThat(joined.role()).isEqualTo(Roles.ASSOCIATION);
        assertThat(joined.membership()).isEqualTo(Membership.MEMBER);
        assertThat(joined.emailProven()).isTrue();
        assertThat(joined.name()).isEqualTo("Camille Martin");
        assertThat(acceptance.open(token).status()).isEqualTo(LinkStatus.USED);
        assertThatThrownBy(() -> acceptance.joinAsNewMember(token, "Autre", PASSWORD, PASSWORD))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("link", "invitation.link.used"));

        TestMembers.signIn(joined.email(), Roles.ASSOCIATION);
        assertThat(memberships.members()).extracting(Member::email).containsExactlyInAnyOrder(responsable, joined.email());
        assertThat(memberships.canManage()).isFalse();
        assertThatThrownBy(() -> memberships.invite(TestData.email("other"), client(), Locale.FRENCH))
                .as("a member who is not responsable cannot invite").isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> memberships.invitations()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anInvitationExpiresAfterFourteenDaysIsReplacedWhenSentAgainAndDiesWhenWithdrawn() {
        var responsable = members.newCompany("Transports du Rhône", "69266");
        var colleague = TestData.email("colleague");
        var first = invite(responsable, Roles.COMPANY, colleague);
        assertThat(acceptance.open("forged-" + first.substring(7)).status()).isEqualTo(LinkStatus.UNKNOWN);

        clock.advance(Duration.ofDays(14));
        assertThat(acceptance.open(first).status()).isEqualTo(LinkStatus.EXPIRED);

        TestMembers.signIn(responsable, Roles.COMPANY);
        var invitation = memberships.invitations().getFirst();
        assertThat(invitation.expired()).isTrue();
        assertThatThrownBy(() -> memberships.invite(colleague, client(), Locale.FRENCH)).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("email", "members.invite.already-invited"));
        memberships.resend(invitation.id(), client(), Locale.FRENCH);
        TestMembers.signOut();
        var second = lastLinkTo(colleague);
        assertThat(acceptance.open(first).status()).as("the older link is replaced").isEqualTo(LinkStatus.UNKNOWN);
        assertThat(acceptance.open(second).status()).isEqualTo(LinkStatus.VALID);

        TestMembers.signIn(responsable, Roles.COMPANY);
        memberships.withdraw(invitation.id());
        assertThat(memberships.invitations()).isEmpty();
        TestMembers.signOut();
        assertThat(acceptance.open(second).status()).isEqualTo(LinkStatus.UNKNOWN);
    }

    @Test
    void sendingIsLimitedPerAddressAndAnUnprovenResponsableCannotInvite() {
        var responsable = members.newAssociation("Club de quartier", "69123");
        var colleague = TestData.email("colleague");
        invite(responsable, Roles.ASSOCIATION, colleague);
        TestMembers.signIn(responsable, Roles.ASSOCIATION);
        var invitation = memberships.invitations().getFirst();
        for (int i = 1; i < Memberships.SENDS_MAX; i++) {
            memberships.resend(invitation.id(), client(), Locale.FRENCH);
        }
        assertThatThrownBy(() -> memberships.resend(invitation.id(), client(), Locale.FRENCH)).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("email", "members.invite.too-many"));
        TestMembers.signOut();
        assertThat(mails.sentTo(colleague, "vous invite")).hasSize(Memberships.SENDS_MAX);

        var unproven = TestData.email("unproven");
        accounts.register(org.alliances.kernel.OrganizationRegistration.association("Association neuve", TestData.rna(), "69123"),
                new AccountService.Credentials(unproven, TestData.PASSWORD, TestData.PASSWORD));
        TestMembers.signIn(unproven, Roles.ASSOCIATION);
        assertThatThrownBy(() -> memberships.invite(TestData.email("colleague"), client(), Locale.FRENCH))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("emailProof", "email.proof.required"));
    }

    @Test
    void theLastResponsableCannotLeaveUntilAnotherIsNamedAndNoOutsiderReachesTheMembers() {
        var responsable = members.newAssociation("Épicerie solidaire", "69123");
        var colleague = acceptance.joinAsNewMember(invite(responsable, Roles.ASSOCIATION, TestData.email("colleague")),
                "Alex Durand", PASSWORD, PASSWORD);
        var outsider = members.newAssociation("Une autre association", "69123");

        TestMembers.signIn(outsider, Roles.ASSOCIATION);
        assertThat(memberships.members()).extracting(Member::email).containsExactly(outsider);
        assertThatThrownBy(() -> memberships.remove(colleague.id())).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("member", "members.unknown"));
        assertThatThrownBy(() -> memberships.makeResponsable(colleague.id())).isInstanceOf(InvalidInputException.class);
        TestMembers.signOut();

        TestMembers.signIn(responsable, Roles.ASSOCIATION);
        assertThatThrownBy(() -> memberships.leave()).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("member", "members.leave.last-responsable"));
        memberships.makeResponsable(colleague.id());
        memberships.leave();
        TestMembers.signOut();
        assertThat(accounts.findByEmail(responsable).orElseThrow().status()).isEqualTo(AccountStatus.LEFT);

        TestMembers.signIn(colleague.email(), Roles.ASSOCIATION);
        assertThat(memberships.members()).extracting(Member::email, Member::membership)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(colleague.email(), Membership.RESPONSABLE));
        assertThatThrownBy(() -> memberships.remove(colleague.id())).isInstanceOfSatisfying(InvalidInputException.class,
                problems -> assertThat(problems.problems()).containsEntry("member", "members.remove.self"));
    }

    @Test
    void aRemovedMemberCanBeInvitedBackAndJoinsWithTheirAccount() {
        var responsable = members.newCompany("Menuiserie Solidaire", "69266");
        var colleagueEmail = TestData.email("colleague");
        var colleague = acceptance.joinAsNewMember(invite(responsable, Roles.COMPANY, colleagueEmail), "Sam Leroy", PASSWORD, PASSWORD);
        TestMembers.signIn(responsable, Roles.COMPANY);
        memberships.remove(colleague.id());
        assertThat(memberships.members()).extracting(Member::email).containsExactly(responsable);
        TestMembers.signOut();
        assertThat(accounts.find(colleague.id()).orElseThrow().status()).isEqualTo(AccountStatus.LEFT);

        var token = invite(responsable, Roles.COMPANY, colleagueEmail);
        assertThat(acceptance.open(token).hasAccount()).isTrue();
        assertThatThrownBy(() -> acceptance.joinWithAccount(token, "not the password", client()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("existingPassword", "password.current.wrong"));
        var back = acceptance.joinWithAccount(token, PASSWORD, client());
        assertThat(back.status()).isEqualTo(AccountStatus.ACTIVE);
        assertThat(back.id()).isEqualTo(colleague.id());
        assertThat(back.name()).as("what they signed keeps their name").isEqualTo("Sam Leroy");
    }

    @Test
    void aMemberActiveInAnotherOrganisationMustLeaveItFirst() {
        var responsable = members.newAssociation("Repair café", "69123");
        var elsewhere = members.newCompany("Garage solidaire", "69266");
        var token = invite(responsable, Roles.ASSOCIATION, elsewhere);
        assertThatThrownBy(() -> acceptance.joinWithAccount(token, TestData.PASSWORD, client()))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        problems -> assertThat(problems.problems()).containsEntry("link", "invitation.accept.elsewhere"));
        assertThat(acceptance.open(token).status()).as("the invitation stays open").isEqualTo(LinkStatus.VALID);
    }

    @Test
    void anAdminFindsTheMembersOfAnOrganisationByItsNameAndInvitesAnotherAdmin() {
        var responsable = members.newAssociation("Les Compagnons du Rail", "69123");
        var colleague = acceptance.joinAsNewMember(invite(responsable, Roles.ASSOCIATION, TestData.email("colleague")),
                "Noa Petit", PASSWORD, PASSWORD);
        var newAdmin = TestData.email("new-admin");
        TestMembers.asAdmin(() -> {
            assertThat(accounts.accounts("compagnons du rail", 0, 20).getContent())
                    .extracting(found -> found.account().email()).containsExactlyInAnyOrder(responsable, colleague.email());
            memberships.invite(newAdmin, client(), Locale.FRENCH);
            assertThat(journal.lines(java.util.Set.of(org.alliances.accounts.internal.AuditJournal.Action.ADMIN_INVITED), 0)
                    .getContent()).isNotEmpty();
        });
        var admin = acceptance.joinAsNewMember(lastLinkTo(newAdmin), "Sacha Admin", PASSWORD, PASSWORD);
        assertThat(admin.role()).isEqualTo(Roles.ADMIN);
    }
}
