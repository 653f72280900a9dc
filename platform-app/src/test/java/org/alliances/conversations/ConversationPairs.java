package org.alliances.conversations;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.alliances.TestMembers;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.SignIn;
import org.alliances.matching.Contribution;
import org.alliances.matching.Interest;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.alliances.matching.Reach;
import org.awaitility.Awaitility;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two new organisations talking: an association's need and a company's interest in it, then the partnership born of it. */
@TestComponent
public class ConversationPairs {

    /** The two organisations' logins, the interest, and its conversation. */
    public record Pair(String association, String company, Interest interest, UUID conversation) {
    }

    private final TestMembers members;
    private final MatchingService matching;
    private final Conversations conversations;
    private final JdbcTemplate jdbc;

    ConversationPairs(TestMembers members, MatchingService matching, Conversations conversations, JdbcTemplate jdbc) {
        this.members = members;
        this.matching = matching;
        this.conversations = conversations;
        this.jdbc = jdbc;
    }

    /** A need of a new association, a new company's interest in it with a message, and the conversation it opened. */
    public Pair interest(String associationName, String companyName) {
        var association = members.newAssociation(associationName, "69123");
        var company = members.newCompany(companyName, "69123");
        SignIn.as(association, "ASSOCIATION");
        var need = matching.publish(null, new NeedForm("Transporter des bacs", "Vers le jardin partagé, deux fois par mois.",
                Set.of(Theme.ENVIRONMENT), Contribution.LOGISTICS_PREMISES, Set.of(CooperationModel.ACTIVE_ENGAGEMENT), "69123", Reach.DEPARTMENT,
                null, null, null));
        SignIn.as(company, "COMPANY");
        matching.saveProfile(Set.of(Theme.ENVIRONMENT), Map.of(Contribution.LOGISTICS_PREMISES, 1), Set.of("69123"), List.of(Category.PATRONAGE));
        var interest = matching.expressInterest(need.id(), "Nous avons une camionnette.");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> conversations.ofInterest(interest.id()).isPresent()
                && !conversations.messages(conversations.ofInterest(interest.id()).get().id()).isEmpty());
        var conversation = conversations.ofInterest(interest.id()).orElseThrow().id();
        SignIn.out();
        return new Pair(association, company, interest, conversation);
    }

    /** The same, the association having accepted: the partnership carries the conversation on. */
    public UUID partnership(Pair pair) {
        SignIn.as(pair.association(), "ASSOCIATION");
        matching.accept(pair.interest().id(), CooperationModel.ACTIVE_ENGAGEMENT);
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(20)).until(() -> partnershipOf(pair.conversation()) != null);
        SignIn.out();
        return partnershipOf(pair.conversation());
    }

    private UUID partnershipOf(UUID conversation) {
        return jdbc.queryForObject("select partnership_id from conversations_conversation where id = ?", UUID.class, conversation);
    }
}
