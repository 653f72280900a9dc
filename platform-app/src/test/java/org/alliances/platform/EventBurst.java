package org.alliances.platform;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.alliances.TestMembers;
import org.alliances.conversations.Conversations;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.SignIn;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedChanged;
import org.alliances.matching.NeedForm;
import org.alliances.matching.Reach;
import org.alliances.partnerships.ContributionForm;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A burst of domain events through a whole instance, the same at every run: rounds of a new association and a new
 * company (registrations), the company's profile, four needs, the company's interest in each, two accepted (matches,
 * then partnerships), one declined; then each partnership moved to its active stage with a contribution, and a message
 * in each conversation. Then, to measure what the registry and the externalisation carry when the events come faster
 * than they are handled, 5,000 {@link NeedChanged} published in transactions of 50 as fast as they can be. Added to an
 * instance by {@code --spring.main.sources=org.alliances.platform.EventBurst} (the {@link EventBurstBenchmark} does);
 * it writes {@code BURST PUBLISHED <events>} once every write is committed, while the listeners still work through the
 * events.
 */
public class EventBurst implements ApplicationRunner {

    private static final String[] COMMUNES = {"69123", "69266", "69383", "69384", "69259", "69091", "69387", "69385"};
    private static final Theme[] THEMES = {Theme.ENVIRONMENT, Theme.INCLUSION_EMPLOYMENT, Theme.EDUCATION, Theme.HEALTH};

    private final TestMembers members;
    private final MatchingService matching;
    private final PartnershipService partnerships;
    private final Conversations conversations;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final int rounds;
    private final int capacityEvents;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final AtomicLong published = new AtomicLong();

    EventBurst(TestMembers members, MatchingService matching, PartnershipService partnerships, Conversations conversations,
               JdbcTemplate jdbc, Clock clock, Environment environment, ApplicationEventPublisher events,
               PlatformTransactionManager transactionManager) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactionManager);
        this.capacityEvents = environment.getProperty("bench.burst.capacity-events", Integer.class, 5000);
        this.members = members;
        this.matching = matching;
        this.partnerships = partnerships;
        this.conversations = conversations;
        this.jdbc = jdbc;
        this.clock = clock;
        this.rounds = environment.getProperty("bench.burst.rounds", Integer.class, 200);
    }

    @EventListener
    void count(DomainEvent event) {
        published.incrementAndGet();
    }

    @Override
    public void run(ApplicationArguments arguments) throws InterruptedException {
        System.out.println("BURST STARTED " + Instant.now());
        var accepted = new ArrayList<Accepted>();
        var interests = new ArrayList<UUID>();
        for (int round = 0; round < rounds; round++) {
            var commune = COMMUNES[round % COMMUNES.length];
            var theme = THEMES[round % THEMES.length];
            var association = members.newAssociation("Association de la rafale " + round, commune);
            var company = members.newCompany("Entreprise de la rafale " + round, commune);
            SignIn.as(company, "COMPANY");
            matching.saveProfile(Set.of(theme), Map.of(Contribution.SKILLS_VOLUNTEERING, 2), Set.of(commune), List.of(Category.PATRONAGE));
            SignIn.as(association, "ASSOCIATION");
            var needs = new ArrayList<UUID>();
            for (int n = 0; n < 4; n++) {
                needs.add(matching.publish(null, new NeedForm("Besoin " + n + " de la rafale " + round, "Un besoin pour la mesure.",
                        Set.of(theme), Contribution.SKILLS_VOLUNTEERING, Set.of(CooperationModel.ACTIVE_ENGAGEMENT), commune, Reach.DEPARTMENT,
                        null, null, null)).id());
            }
            SignIn.as(company, "COMPANY");
            var mine = new ArrayList<UUID>();
            for (var need : needs) {
                mine.add(matching.expressInterest(need, "Nous pouvons aider.").id());
            }
            interests.addAll(mine);
            SignIn.as(association, "ASSOCIATION");
            for (int i = 0; i < 2; i++) {
                matching.accept(mine.get(i), CooperationModel.ACTIVE_ENGAGEMENT);
                accepted.add(new Accepted(mine.get(i), association));
            }
            matching.decline(mine.get(2), "Déjà pourvu.");
            SignIn.out();
        }
        var today = LocalDate.now(clock);
        for (var one : accepted) {
            var partnership = await(() -> jdbc.query("select id from partnerships_partnership where interest_id = ?",
                    (row, n) -> row.getObject(1, UUID.class), one.interest()).stream().findFirst().orElse(null));
            var company = jdbc.queryForObject("select company_id from partnerships_partnership where id = ?", UUID.class, partnership);
            SignIn.as(one.association(), "ASSOCIATION");
            partnerships.moveTo(partnership, Stage.ACTIVE, null, null);
            partnerships.addContribution(partnership, new ContributionForm(ContributionKind.MONEY, company, new BigDecimal("100"), null, today));
            SignIn.out();
        }
        for (int i = 0; i < interests.size(); i += 4) {
            var interest = interests.get(i);
            var conversation = await(() -> jdbc.query("select id from conversations_conversation where interest_id = ?",
                    (row, n) -> row.getObject(1, UUID.class), interest).stream().findFirst().orElse(null));
            var association = accepted.get(i / 2).association();
            SignIn.as(association, "ASSOCIATION");
            conversations.send(conversation, "Merci pour votre intérêt, à bientôt.");
            SignIn.out();
        }
        System.out.println("BURST WRITTEN " + published.get() + " " + Instant.now());
        var needs = jdbc.queryForList("select id from matching_need order by id", UUID.class);
        System.out.println("CAPACITY STARTED " + Instant.now());
        for (int sent = 0; sent < capacityEvents; sent += 50) {
            int from = sent;
            transactions.executeWithoutResult(status -> {
                for (int i = from; i < from + 50 && i < capacityEvents; i++) {
                    events.publishEvent(new NeedChanged(needs.get(i % needs.size())));
                }
            });
        }
        System.out.println("BURST PUBLISHED " + published.get() + " " + Instant.now());
    }

    private record Accepted(UUID interest, String association) {
    }

    private interface Lookup {
        UUID find();
    }

    private static UUID await(Lookup lookup) throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofMinutes(5));
        while (Instant.now().isBefore(deadline)) {
            var found = lookup.find();
            if (found != null) {
                return found;
            }
            Thread.sleep(20);
        }
        throw new IllegalStateException("Not found within 5 minutes");
    }
}
