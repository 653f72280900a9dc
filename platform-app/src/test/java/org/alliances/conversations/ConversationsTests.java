package org.alliances.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Pattern;

import org.alliances.RecordingMailSender;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.InvitationAcceptance;
import org.alliances.accounts.Memberships;
import org.alliances.kernel.ContentKind;
import org.alliances.kernel.ContentReports;
import org.alliances.kernel.ReportReason;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.testing.SignIn;
import org.alliances.kernel.testing.TestData;
import org.alliances.matching.MatchingService;
import org.alliances.moderation.Moderation;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Conversations between a company and an association: opened by the interest with its message, carried on by the
 * partnership, written and read by the members of the two organisations only, unread counts per member, read-only once
 * closed, and nothing stored for a message refused.
 */
@SpringBootTest
@Import({TestSupport.class, ConversationPairs.class})
class ConversationsTests {

    private static final Pattern INVITATION = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");

    @Autowired ConversationPairs pairs;
    @Autowired Conversations conversations;
    @Autowired MatchingService matching;
    @Autowired TestMembers members;
    @Autowired Memberships memberships;
    @Autowired InvitationAcceptance invitations;
    @Autowired RecordingMailSender mails;
    @Autowired JdbcTemplate jdbc;
    @Autowired ContentReports reports;
    @Autowired Moderation moderation;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void theInterestOpensTheConversationWhichThePartnershipCarriesOnAndBothOrganisationsWriteIn() {
        var pair = pairs.interest("Association qui converse", "Entreprise qui converse");
        SignIn.as(pair.association(), "ASSOCIATION");
        var conversation = opened(pair);
        assertThat(conversations.messages(conversation.id())).singleElement()
                .satisfies(first -> assertThat(first.body()).isEqualTo("Nous avons une camionnette."));
        assertThat(conversations.mine(null, 0)).singleElement().satisfies(line -> {
            assertThat(line.partnerName()).isEqualTo("Entreprise qui converse");
            assertThat(line.about()).isEqualTo("Transporter des bacs");
            assertThat(line.unread()).isEqualTo(1);
        });

        var answer = conversations.send(conversation.id(), "Merci ! Samedi 10 h, cela vous irait ?\nNous serons trois.");
        assertThat(answer.body()).contains("\n");
        assertThat(conversations.unread()).as("read by writing").isZero();
        SignIn.as(pair.company(), "COMPANY");
        assertThat(conversations.unread()).isEqualTo(1);
        assertThat(conversations.mine("samedi", 0)).hasSize(1);
        assertThat(conversations.mine("association qui", 0)).as("found by the partner's name").hasSize(1);
        assertThat(conversations.mine("vélo", 0)).isEmpty();

        SignIn.as(pair.association(), "ASSOCIATION");
        matching.accept(pair.interest().id(), CooperationModel.ACTIVE_ENGAGEMENT);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> partnershipOf(conversation) != null);
        assertThat(jdbc.queryForObject("select count(*) from conversations_conversation where company_id = ?", Long.class,
                conversation.companyId())).as("one thread from the first contact to the partnership").isEqualTo(1);
        assertThat(conversations.ofPartnership(partnershipOf(conversation))).map(Conversation::id).contains(conversation.id());
    }

    @Test
    void unreadCountsAreEachMembersOwn() {
        var pair = pairs.interest("Association aux deux membres", "Entreprise aux deux membres");
        var colleague = TestData.email("collegue");
        SignIn.as(pair.association(), "ASSOCIATION");
        memberships.invite(colleague, "client-conversations", Locale.FRENCH);
        SignIn.out();
        var matcher = INVITATION.matcher(mails.sentTo(colleague, "vous invite").getLast().getText());
        assertThat(matcher.find()).isTrue();
        invitations.joinAsNewMember(matcher.group(1), "Dominique Collègue", TestData.PASSWORD, TestData.PASSWORD);

        SignIn.as(pair.association(), "ASSOCIATION");
        var conversation = opened(pair);
        assertThat(conversations.unread()).isEqualTo(1);
        SignIn.as(colleague, "ASSOCIATION");
        assertThat(conversations.unread()).isEqualTo(1);
        conversations.markRead(conversation.id());
        assertThat(conversations.unread()).isZero();
        conversations.send(conversation.id(), "Je m'en occupe.");
        SignIn.as(pair.association(), "ASSOCIATION");
        assertThat(conversations.unread()).as("the colleague's reading is not the responsable's, and a colleague's message is not unread")
                .isEqualTo(1);
        assertThat(conversations.messages(conversation.id())).last().satisfies(message -> {
            assertThat(message.authorName()).isEqualTo("Dominique Collègue");
            assertThat(message.authorOrganizationId()).isEqualTo(conversation.associationId());
        });
        SignIn.as(pair.company(), "COMPANY");
        assertThat(conversations.unread()).isEqualTo(1);
    }

    @Test
    void nobodyElseReadsOrWritesAConversation() {
        var pair = pairs.interest("Association discrète", "Entreprise discrète");
        SignIn.as(pair.company(), "COMPANY");
        var conversation = opened(pair);

        SignIn.as(members.newCompany("Entreprise curieuse", "69123"), "COMPANY");
        assertThat(conversations.find(conversation.id())).isEmpty();
        assertThat(conversations.messages(conversation.id())).isEmpty();
        assertThat(conversations.mine(null, 0)).isEmpty();
        assertThatThrownBy(() -> conversations.send(conversation.id(), "Bonjour"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).containsEntry("body", "conversations.unknown"));

        members.ensureExist();
        SignIn.as(TestMembers.LOCAL_AUTHORITY, "LOCAL_AUTHORITY");
        assertThatThrownBy(() -> conversations.find(conversation.id())).isInstanceOf(AuthorizationDeniedException.class);
        assertThatThrownBy(() -> conversations.send(conversation.id(), "Bonjour")).isInstanceOf(AuthorizationDeniedException.class);
        SignIn.out();
        assertThatThrownBy(() -> conversations.messages(conversation.id())).isInstanceOf(RuntimeException.class);
        assertThat(messagesIn(conversation)).isEqualTo(1);
    }

    @Test
    void aMessageRefusedSavesNothingAndAClosedConversationIsReadOnly() {
        var pair = pairs.interest("Association exigeante", "Entreprise exigeante");
        SignIn.as(pair.association(), "ASSOCIATION");
        var conversation = opened(pair);
        for (var refused : new String[] {"", "   ", "x".repeat(5001), "Un caractère nul \u0000 ici"}) {
            assertThatThrownBy(() -> conversations.send(conversation.id(), refused)).isInstanceOf(InvalidInputException.class);
        }
        assertThat(conversations.send(conversation.id(), "x".repeat(5000)).body()).hasSize(5000);
        assertThat(messagesIn(conversation)).isEqualTo(2);

        matching.decline(pair.interest().id(), "Nous avons trouvé ailleurs.");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> conversations.find(conversation.id()).orElseThrow().isClosed());
        assertThatThrownBy(() -> conversations.send(conversation.id(), "Encore un mot"))
                .isInstanceOfSatisfying(InvalidInputException.class, refused ->
                        assertThat(refused.problems()).containsEntry("body", "conversations.closed"));
        assertThat(conversations.messages(conversation.id())).as("still readable").hasSize(2);
        SignIn.as(pair.company(), "COMPANY");
        assertThat(conversations.messages(conversation.id())).hasSize(2);
    }

    @Test
    void aMemberWhoLeftReadsNoMoreAndAReportedMessageHiddenByTheModerationIsNotReadByThePartner() {
        var pair = pairs.interest("Association qui signale", "Entreprise qui signale");
        var colleague = TestData.email("partant");
        SignIn.as(pair.company(), "COMPANY");
        memberships.invite(colleague, "client-conversations", Locale.FRENCH);
        SignIn.out();
        var matcher = INVITATION.matcher(mails.sentTo(colleague, "vous invite").getLast().getText());
        assertThat(matcher.find()).isTrue();
        invitations.joinAsNewMember(matcher.group(1), "Camille Partante", TestData.PASSWORD, TestData.PASSWORD);
        SignIn.as(colleague, "COMPANY");
        var conversation = opened(pair);
        assertThat(conversations.messages(conversation.id())).hasSize(1);
        SignIn.as(pair.company(), "COMPANY");
        var colleagueId = memberships.members().stream().filter(member -> member.email().equals(colleague)).findFirst().orElseThrow().accountId();
        memberships.remove(colleagueId);
        SignIn.as(colleague, "COMPANY");
        assertThatThrownBy(() -> conversations.messages(conversation.id())).as("removed, in a session still open").isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> conversations.send(conversation.id(), "Encore moi")).isInstanceOf(RuntimeException.class);

        SignIn.as(pair.association(), "ASSOCIATION");
        var rude = conversations.send(conversation.id(), "Un message déplacé");
        SignIn.as(pair.company(), "COMPANY");
        members.proveEmail(pair.company());
        reports.report(ContentKind.MESSAGE, rude.id(), ReportReason.OFFENSIVE, "Propos blessants");
        SignIn.asAdmin(() -> {
            var reported = moderation.queue().stream().filter(found -> found.contentId().equals(rude.id())).findFirst().orElseThrow();
            assertThat(reported.excerpt()).isEqualTo("Un message déplacé");
            assertThat(reported.route()).isEqualTo("conversation/" + conversation.id());
            moderation.hide(reported.id(), ReportReason.OFFENSIVE, "Contraire à la charte");
        });
        assertThat(conversations.messages(conversation.id())).last().satisfies(hidden -> {
            assertThat(hidden.hidden()).isTrue();
            assertThat(hidden.body()).isEmpty();
        });
        SignIn.as(pair.association(), "ASSOCIATION");
        assertThat(conversations.messages(conversation.id())).last().satisfies(mine -> assertThat(mine.body()).isEqualTo("Un message déplacé"));
    }

    /** The pair's conversation, as the side signed in reads it. */
    private Conversation opened(ConversationPairs.Pair pair) {
        return conversations.find(pair.conversation()).orElseThrow();
    }

    private java.util.UUID partnershipOf(Conversation conversation) {
        return jdbc.queryForObject("select partnership_id from conversations_conversation where id = ?", java.util.UUID.class, conversation.id());
    }

    private long messagesIn(Conversation conversation) {
        return jdbc.queryForObject("select count(*) from conversations_message where conversation_id = ?", Long.class, conversation.id());
    }
}
