package org.alliances.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import org.alliances.AlliancesApplication;
import org.alliances.FreshDatabase;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.conversations.ConversationPairs;
import org.alliances.conversations.Conversations;
import org.alliances.conversations.MessageSent;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OnEveryInstance;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.SignIn;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.alliances.matching.NeedStatus;
import org.alliances.matching.Reach;
import org.alliances.matching.Recommendation;
import org.alliances.matching.RecommendationFilter;
import org.alliances.notifications.NotificationCenter;
import org.alliances.notifications.NotificationKind;
import org.alliances.notifications.internal.LiveBells;
import org.alliances.resources.CurationService;
import org.alliances.resources.LibraryService;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceForm;
import org.alliances.resources.ResourceType;
import org.alliances.resources.SearchQuery;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * Two whole instances on one PostgreSQL and one Kafka broker (embedded, KRaft): what one of them changes reaches what
 * the other keeps in memory at once, through the shared events, long before the full reloads (every 30 minutes). The
 * scheduled jobs' running once is proven by {@link ScheduledJobsOnceTests}.
 */
@SpringBootTest
@Import(TestSupport.class)
class SeveralInstancesTests {

    private static EmbeddedKafkaKraftBroker kafka;
    private static ConfigurableApplicationContext first;
    private static ConfigurableApplicationContext second;

    @BeforeAll
    static void startBroker() {
        kafka = new EmbeddedKafkaKraftBroker(1, 3);
        kafka.afterPropertiesSet();
    }

    @AfterAll
    static void stopAll() {
        if (testContextSignIns != null) {
            SecurityContextHolder.setContextHolderStrategy(testContextSignIns);
        }
        for (var instance : new ConfigurableApplicationContext[] {first, second}) {
            if (instance != null) {
                instance.close();
            }
        }
        kafka.destroy();
    }

    private static SecurityContextHolderStrategy testContextSignIns;

    @Autowired DataSource testDataSource;
    @Autowired SecurityContextHolderStrategy signIns;

    private synchronized void startInstances() {
        if (first == null) {
            testContextSignIns = signIns;
            var url = FreshDatabase.create(testDataSource, "instances");
            first = start(url, "first");
            second = start(url, "second");
        }
    }

    /**
     * Each instance reads who is signed in from its own holder (Vaadin's, one per application context): a test signs in
     * on the instance it is about to call.
     */
    private static ConfigurableApplicationContext on(ConfigurableApplicationContext instance) {
        SecurityContextHolder.setContextHolderStrategy(instance.getBean(SecurityContextHolderStrategy.class));
        return instance;
    }

    @Test
    void aNeedPublishedOnOneInstanceIsRecommendedByTheOtherAtOnce() {
        startInstances();
        var members = on(first).getBean(TestMembers.class);
        var association = members.newAssociation("Association du premier", "69123");
        var company = members.newCompany("Entreprise du second", "69123");
        on(second);
        SignIn.as(company, "COMPANY");
        second.getBean(MatchingService.class).saveProfile(Set.of(Theme.ENVIRONMENT), Map.of(Contribution.LOGISTICS_PREMISES, 1),
                Set.of("69123"), List.of(Category.PATRONAGE));
        var before = recommendedOnSecond();
        on(first);
        SignIn.as(association, "ASSOCIATION");
        var need = first.getBean(MatchingService.class).publish(null, new NeedForm("Prêter un local le samedi",
                "Pour l'atelier de réparation de vélos.", Set.of(Theme.ENVIRONMENT), Contribution.LOGISTICS_PREMISES,
                Set.of(CooperationModel.ACTIVE_ENGAGEMENT), "69123", Reach.DEPARTMENT, null, null, null));
        long published = System.nanoTime();
        on(second);
        SignIn.as(company, "COMPANY");
        assertThat(before).as("the second instance's index was loaded before").doesNotContain(need.id());
        Awaitility.await().pollInSameThread().pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(10))
                .until(() -> recommendedOnSecond().contains(need.id()));
        System.out.printf("A need published on the first instance was recommended by the second after %d ms%n",
                (System.nanoTime() - published) / 1_000_000);

        on(first);
        SignIn.as(association, "ASSOCIATION");
        first.getBean(MatchingService.class).close(need.id(), NeedStatus.FULFILLED);
        on(second);
        SignIn.as(company, "COMPANY");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> !recommendedOnSecond().contains(need.id()));
        SignIn.out();
    }

    @Test
    void aResourcePublishedOnOneInstanceIsFoundOnTheOther() {
        startInstances();
        var title = "Guide partagé " + UUID.randomUUID().toString().substring(0, 8);
        var library = second.getBean(LibraryService.class);
        var reader = on(first).getBean(TestMembers.class).newAssociation("Association qui lit", "69123");
        on(second);
        SignIn.as(reader, "ASSOCIATION");
        assertThat(library.search(SearchQuery.of(title), 0).hits()).as("the second instance's index loaded, empty of it").isEmpty();
        on(first);
        SignIn.asAdmin(() -> {
            var curation = first.getBean(CurationService.class);
            var created = curation.create(new ResourceForm(ResourceType.GUIDE, Purpose.INFORM, title, "Un résumé", "", null, null, null,
                    null, null, Set.of(OrganizationType.ASSOCIATION), Set.of(), Set.of(), Set.of(), null, null, null, null, null, null, null));
            curation.publish(created.id());
        });
        on(second);
        SignIn.as(reader, "ASSOCIATION");
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(10)).until(() -> !library.search(SearchQuery.of(title), 0).hits().isEmpty());
        SignIn.out();
    }

    @Test
    void aNotificationAddedOnOneInstanceRingsTheBellOfAWindowOpenOnTheOther() {
        startInstances();
        var email = on(first).getBean(TestMembers.class).newCompany("Entreprise à la cloche", "69123");
        var accountId = second.getBean(AccountService.class).findByEmail(email).orElseThrow().id();
        var rings = new AtomicInteger();
        var window = second.getBean(LiveBells.class).watch(accountId, new ImmediateUi(), rings::incrementAndGet);
        first.getBean(NotificationCenter.class).notify(accountId, NotificationKind.INTEREST_ANSWERED, "test:" + UUID.randomUUID(),
                "notification.interest.accepted", "Un besoin");
        // at least once: the new member's earlier notifications (of the registration) may ring it too
        Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(rings.get()).isPositive());
        window.remove();
    }

    @Test
    void aMessageWrittenOnOneInstanceReachesTheOtherOnceAndTheWriterNotTwice() {
        startInstances();
        var pair = on(first).getBean(ConversationPairs.class).interest("Association qui écrit", "Entreprise qui lit");
        SignIn.as(pair.association(), "ASSOCIATION");
        var message = first.getBean(Conversations.class).send(pair.conversation(), "Merci, à samedi !");
        SignIn.out();
        var heardBySecond = second.getBean(Heard.class);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> heardBySecond.messages(message.id(), true) == 1);
        assertThat(first.getBean(Heard.class).messages(message.id(), false)).as("the writer's own instance, after its commit").isEqualTo(1);
        assertThat(first.getBean(Heard.class).messages(message.id(), true)).as("never again from Kafka").isZero();
        assertThat(heardBySecond.messages(message.id(), false)).isZero();
        var registry = new JdbcTemplate(first.getBean(DataSource.class));
        assertThat(registry.queryForList("select status from event_publication where listener_id like '%DelegatingEventExternalizer%' "
                + "and serialized_event like ?", String.class, "%" + message.id() + "%"))
                .as("sent to Kafka through the registry, completed once acknowledged").containsExactly("COMPLETED");
    }

    private List<UUID> recommendedOnSecond() {
        return second.getBean(MatchingService.class).needsForMe(RecommendationFilter.none(), 0).getContent().stream()
                .map(Recommendation::needId).toList();
    }

    private ConfigurableApplicationContext start(String url, String instance) {
        return new SpringApplicationBuilder(AlliancesApplication.class, TestSupport.class, ConversationPairs.class, Heard.class)
                .run("--spring.datasource.url=" + url, "--spring.datasource.username=postgres", "--server.port=0",
                        "--alliances.cluster.enabled=true", "--spring.kafka.bootstrap-servers=" + kafka.getBrokersAsString(),
                        "--alliances.cluster.instance-name=" + instance);
    }

    /** A window whose UI runs what it is given at once, as a UI with its session would in its lock. */
    static class ImmediateUi extends UI {

        @Override
        public Future<Void> access(Command command) {
            command.execute();
            return CompletableFuture.completedFuture(null);
        }
    }

    /** What an instance heard of the shared events, and from where. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Heard {

        private final List<OnEveryInstance<MessageSent>> sent = new CopyOnWriteArrayList<>();

        @EventListener
        void on(OnEveryInstance<MessageSent> delivered) {
            sent.add(delivered);
        }

        long messages(UUID messageId, boolean fromAnotherInstance) {
            return sent.stream().filter(heard -> heard.event().messageId().equals(messageId)
                    && heard.fromAnotherInstance() == fromAnotherInstance).count();
        }
    }
}
