package org.alliances.observatory;

import org.alliances.kernel.OrganizationUpdated;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.alliances.diagnosis.DiagnosisCompleted;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.HttpAccessRules;
import org.alliances.kernel.OrganizationRegistered;
import org.alliances.kernel.OrganizationStatus;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.TestOrganizations;
import org.alliances.matching.Contribution;
import org.alliances.matching.InterestExpressed;
import org.alliances.matching.MatchConfirmed;
import org.alliances.matching.NeedClosed;
import org.alliances.matching.NeedPublished;
import org.alliances.matching.NeedStatus;
import org.alliances.matching.Reach;
import org.alliances.observatory.internal.EventApplier;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.ContributionRecorded;
import org.alliances.partnerships.ContributionRemoved;
import org.alliances.partnerships.Origin;
import org.alliances.partnerships.PartnershipModelEvolved;
import org.alliances.partnerships.PartnershipStageChanged;
import org.alliances.partnerships.PartnershipStarted;
import org.alliances.partnerships.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.context.WebApplicationContext;

/**
 * The observatory's read model on PostgreSQL: events applied once, rolled up to every level, masked wherever the
 * figures leave, and a local authority kept to its own territory.
 */
@ModuleIntegrationTest(mode = BootstrapMode.ALL_DEPENDENCIES)
@Import(ObservatoryTests.WebSecurity.class)
class ObservatoryTests {

    @Autowired EventApplier applier;
    @Autowired PlatformTransactionManager transactions;
    @Autowired FigureStore store;
    @Autowired AreaTree tree;
    @Autowired ObservatoryService observatory;
    @Autowired TestOrganizations members;
    @Autowired WebApplicationContext context;
    @Autowired org.alliances.observatory.internal.Rebuild rebuild;
    @Autowired org.alliances.partnerships.PartnershipService partnerships;

    /** The application's filter chain as far as the observatory's URLs go: the module's own rules, a sign-in for the rest. */
    @TestConfiguration(proxyBeanMethods = false)
    @EnableWebSecurity
    static class WebSecurity {

        @Bean
        SecurityFilterChain filterChain(HttpSecurity http, List<HttpAccessRules> modulesRules) throws Exception {
            http.authorizeHttpRequests(requests -> {
                modulesRules.forEach(rules -> rules.customize(requests));
                requests.anyRequest().authenticated();
            });
            return http.build();
        }
    }

    @AfterEach
    void signOut() {
        TestOrganizations.signOut();
    }

    boolean apply(DomainEvent event) {
        return Boolean.TRUE.equals(new TransactionTemplate(transactions).execute(status -> applier.apply(event)));
    }

    Figures at(String key) {
        return store.of(Area.parse(key).orElseThrow(), 0);
    }

    /** A commune of Lozère and another of its EPCI: areas no other test writes in. */
    List<String> lozere() {
        var mende = "48095";
        var epci = tree.keysOf(mende).stream().filter(k -> k.startsWith("E")).findFirst().orElseThrow();
        var other = tree.children(Area.parse(epci).orElseThrow()).stream().map(Area::code).filter(c -> !c.equals(mende)).findFirst().orElseThrow();
        return List.of(mende, other, epci);
    }

    @Test
    void aLocalAuthorityJoinsWhenApprovedNeverByItsRequestAlone() {
        var aurillac = "15014";
        var approved = UUID.randomUUID();
        var refused = UUID.randomUUID();
        var asked = Instant.parse("2026-09-10T08:00:00Z");
        apply(new OrganizationRegistered(approved, OrganizationType.LOCAL_AUTHORITY, aurillac, OrganizationStatus.PENDING, asked));
        apply(new OrganizationRegistered(refused, OrganizationType.LOCAL_AUTHORITY, aurillac, OrganizationStatus.PENDING, asked));
        assertThat(at("C" + aurillac).count(Metric.ORGANIZATIONS_JOINED, "LOCAL_AUTHORITY")).isZero();

        var decided = Instant.parse("2026-10-02T08:00:00Z");
        apply(new OrganizationUpdated(approved, OrganizationType.LOCAL_AUTHORITY, aurillac, OrganizationStatus.ACTIVE, decided));
        apply(new OrganizationUpdated(approved, OrganizationType.LOCAL_AUTHORITY, aurillac, OrganizationStatus.ACTIVE, decided));
        apply(new OrganizationUpdated(refused, OrganizationType.LOCAL_AUTHORITY, aurillac, OrganizationStatus.REFUSED, decided));
        assertThat(at("C" + aurillac).count(Metric.ORGANIZATIONS_JOINED, "LOCAL_AUTHORITY")).isOne();
        assertThat(at("C" + aurillac).count(Metric.ORGANIZATIONS, "LOCAL_AUTHORITY")).isOne();
    }

    @Test
    void figuresAreExactAfterASequenceOfEventsOneOfThemDeliveredTwice() {
        var communes = lozere();
        var mende = communes.get(0);
        var before = at("FR");
        var association = UUID.randomUUID();
        var company = UUID.randomUUID();
        var now = Instant.parse("2026-10-05T08:00:00Z");
        assertThat(apply(new OrganizationRegistered(association, OrganizationType.ASSOCIATION, mende, OrganizationStatus.ACTIVE, now))).isTrue();
        apply(new OrganizationRegistered(company, OrganizationType.COMPANY, communes.get(1), OrganizationStatus.ACTIVE, now));
        apply(new DiagnosisCompleted(UUID.randomUUID(), association, OrganizationType.ASSOCIATION, MaturityLevel.EXPERIMENTING,
                List.of(), List.of(), List.of(), "v1", now));
        apply(new DiagnosisCompleted(UUID.randomUUID(), association, OrganizationType.ASSOCIATION, MaturityLevel.STRUCTURED,
                List.of(), List.of(), List.of(), "v1", now.plusSeconds(60)));
        var need = UUID.randomUUID();
        apply(new NeedPublished(need, association, Contribution.SKILLS_VOLUNTEERING, Set.of(CooperationModel.ACTIVE_ENGAGEMENT),
                Set.of(Theme.EDUCATION, Theme.YOUTH), mende, Reach.DEPARTMENT, now));
        var interest = UUID.randomUUID();
        apply(new InterestExpressed(interest, need, company, association, now));
        apply(new MatchConfirmed(interest, need, association, company, CooperationModel.ACTIVE_ENGAGEMENT, mende, now.plus(Duration.ofHours(30))));
        apply(new NeedClosed(need, association, NeedStatus.FULFILLED, now.plus(Duration.ofHours(31))));
        var partnership = UUID.randomUUID();
        apply(new PartnershipStarted(partnership, Origin.MATCH, association, company, null, need, CooperationModel.ACTIVE_ENGAGEMENT,
                Stage.EMERGENCE, mende, LocalDate.of(2026, 10, 6)));
        var moved = new PartnershipStageChanged(partnership, association, company, Stage.EMERGENCE, Stage.ACTIVE,
                CooperationModel.ACTIVE_ENGAGEMENT, association, now.plus(Duration.ofDays(2)));
        assertThat(apply(moved)).isTrue();
        assertThat(apply(moved)).as("the same stage change delivered again").isFalse();
        apply(new PartnershipStageChanged(partnership, association, company, Stage.ACTIVE, Stage.EVALUATION,
                CooperationModel.ACTIVE_ENGAGEMENT, association, now.plus(Duration.ofDays(3))));
        apply(new PartnershipModelEvolved(partnership, association, company, CooperationModel.ACTIVE_ENGAGEMENT,
                CooperationModel.EXPERTISE_SHARING, Stage.EMERGENCE, association, now.plus(Duration.ofDays(4))));
        apply(new PartnershipStageChanged(partnership, association, company, Stage.EVALUATION, Stage.EMERGENCE,
                CooperationModel.EXPERTISE_SHARING, association, now.plus(Duration.ofDays(4))));
        var money = UUID.randomUUID();
        apply(new ContributionRecorded(money, partnership, ContributionKind.MONEY, new BigDecimal("1500.00"), LocalDate.of(2026, 10, 7), now));
        apply(new ContributionRecorded(UUID.randomUUID(), partnership, ContributionKind.MONEY, new BigDecimal("250.50"), LocalDate.of(2026, 10, 8), now));
        apply(new ContributionRecorded(UUID.randomUUID(), partnership, ContributionKind.SKILLS, new BigDecimal("12.00"), LocalDate.of(2026, 10, 8), now));
        apply(new ContributionRemoved(money, partnership, ContributionKind.MONEY, new BigDecimal("1500.00"), now));
        assertThat(apply(new ContributionRemoved(money, partnership, ContributionKind.MONEY, new BigDecimal("1500.00"), now))).isFalse();

        var here = at("C" + mende);
        assertThat(here.count(Metric.ORGANIZATIONS, "ASSOCIATION")).isEqualTo(1);
        assertThat(here.count(Metric.ORGANIZATIONS, "COMPANY")).isZero();
        assertThat(here.count(Metric.DIAGNOSES)).isEqualTo(2);
        assertThat(here.byDimension(Metric.MATURITY)).containsEntry("STRUCTURED", 1L).containsEntry("EXPERIMENTING", 0L);
        assertThat(here.count(Metric.NEEDS_PUBLISHED)).isEqualTo(1);
        assertThat(here.count(Metric.NEEDS, "FULFILLED")).isEqualTo(1);
        assertThat(here.count(Metric.NEEDS, "PUBLISHED")).isZero();
        assertThat(here.total(Metric.UNMET_BY_THEME)).isZero();
        assertThat(here.count(Metric.MATCHES)).isEqualTo(1);
        assertThat(here.byDimension(Metric.RESPONSE_HOURS)).containsExactly(java.util.Map.entry("30", 1L));
        assertThat(here.count(Metric.PARTNERSHIPS_STARTED)).isEqualTo(1);
        assertThat(here.byDimension(Metric.PARTNERSHIPS_BY_STAGE).entrySet().stream().filter(e -> e.getValue() != 0))
                .containsExactly(java.util.Map.entry("EMERGENCE", 1L));
        assertThat(here.byDimension(Metric.PARTNERSHIPS_BY_MODEL).entrySet().stream().filter(e -> e.getValue() != 0))
                .containsExactly(java.util.Map.entry("EXPERTISE_SHARING", 1L));
        assertThat(here.byDimension(Metric.MODEL_FLOWS)).containsExactly(java.util.Map.entry("ACTIVE_ENGAGEMENT>EXPERTISE_SHARING", 1L));
        assertThat(here.amount(Metric.CONTRIBUTIONS, "MONEY")).isEqualByComparingTo("250.50");
        assertThat(here.count(Metric.CONTRIBUTIONS, "MONEY")).isEqualTo(1);
        assertThat(here.count(Metric.CONTRIBUTORS, "MONEY")).isEqualTo(1);
        assertThat(here.amount(Metric.CONTRIBUTIONS, "SKILLS")).isEqualByComparingTo("12");
        assertThat(store.of(Area.parse("C" + mende).orElseThrow(), 202610).inMonth(Metric.PARTNERSHIPS_STARTED, 202610)).isEqualTo(1);

        var after = at("FR");
        assertThat(after.count(Metric.PARTNERSHIPS_STARTED) - before.count(Metric.PARTNERSHIPS_STARTED)).isEqualTo(1);
        assertThat(after.count(Metric.ORGANIZATIONS, "COMPANY") - before.count(Metric.ORGANIZATIONS, "COMPANY")).isEqualTo(1);
    }

    @Test
    void anEventArrivingBeforeTheOneItFollowsWaitsForItThenCountsOnce() {
        var commune = lozere().get(1);
        var here = "C" + commune;
        var before = at(here);
        var partnership = UUID.randomUUID();
        var association = UUID.randomUUID();
        var company = UUID.randomUUID();
        var now = Instant.parse("2026-11-02T09:00:00Z");
        var moved = new PartnershipStageChanged(partnership, association, company, Stage.PROPOSED, Stage.ACTIVE,
                CooperationModel.TRADITIONAL_PATRONAGE, company, now.plusSeconds(60));
        var contribution = new ContributionRecorded(UUID.randomUUID(), partnership, ContributionKind.IN_KIND, new BigDecimal("300.00"),
                LocalDate.of(2026, 11, 2), now.plusSeconds(120));
        assertThat(apply(moved)).as("waits for the start").isFalse();
        assertThat(apply(contribution)).isFalse();
        assertThat(at(here).count(Metric.PARTNERSHIPS_BY_STAGE, "ACTIVE")).isEqualTo(before.count(Metric.PARTNERSHIPS_BY_STAGE, "ACTIVE"));
        var need = UUID.randomUUID();
        var interest = UUID.randomUUID();
        assertThat(apply(new MatchConfirmed(interest, need, association, company, CooperationModel.TRADITIONAL_PATRONAGE, commune,
                now.plus(Duration.ofHours(5))))).isFalse();
        assertThat(apply(new InterestExpressed(interest, need, company, association, now))).isFalse();

        assertThat(apply(new PartnershipStarted(partnership, Origin.DECLARED, association, company, association, null,
                CooperationModel.TRADITIONAL_PATRONAGE, Stage.PROPOSED, commune, LocalDate.of(2026, 11, 1)))).isTrue();
        assertThat(apply(new NeedPublished(need, association, Contribution.MONEY, Set.of(CooperationModel.TRADITIONAL_PATRONAGE),
                Set.of(Theme.SPORT), commune, Reach.LOCAL, now.minusSeconds(3600)))).isTrue();
        assertThat(apply(moved)).as("already applied when the start arrived").isFalse();

        var after = at(here);
        assertThat(after.count(Metric.PARTNERSHIPS_BY_STAGE, "ACTIVE") - before.count(Metric.PARTNERSHIPS_BY_STAGE, "ACTIVE")).isEqualTo(1);
        assertThat(after.count(Metric.PARTNERSHIPS_BY_STAGE, "PROPOSED") - before.count(Metric.PARTNERSHIPS_BY_STAGE, "PROPOSED")).isZero();
        assertThat(after.amount(Metric.CONTRIBUTIONS, "IN_KIND").subtract(before.amount(Metric.CONTRIBUTIONS, "IN_KIND")))
                .isEqualByComparingTo("300");
        assertThat(after.count(Metric.INTERESTS) - before.count(Metric.INTERESTS)).isEqualTo(1);
        assertThat(after.count(Metric.MATCHES) - before.count(Metric.MATCHES)).isEqualTo(1);
        assertThat(after.count(Metric.RESPONSE_HOURS, "5") - before.count(Metric.RESPONSE_HOURS, "5")).isEqualTo(1);
    }

    @Test
    void aRebuildFromTheModulesReplaysGivesTheFiguresTheEventsGave() throws Exception {
        var associationEmail = members.newAssociation("Les Amis du Vivarais", "07186");
        var companyEmail = members.newCompany("Ardèche Numérique", "07186");
        var company = members.organizationOf(companyEmail);
        TestOrganizations.signIn(associationEmail, "ASSOCIATION");
        var id = partnerships.declare(new org.alliances.partnerships.Declaration(company, CooperationModel.SOCIETAL_RD, "07186",
                LocalDate.now().minusMonths(2), "Un laboratoire d'usages numériques")).id();
        TestOrganizations.signIn(companyEmail, "COMPANY");
        partnerships.moveTo(id, Stage.ACTIVE, null, null);
        partnerships.addContribution(id, new org.alliances.partnerships.ContributionForm(ContributionKind.SKILLS, company,
                new BigDecimal("35"), null, LocalDate.now().minusDays(3)));
        TestOrganizations.signOut();
        var area = Area.parse("D07").orElseThrow();
        // the listeners run after each commit, in parallel: wait until every event of the scene has been applied
        for (int i = 0; i < 200 && !(at("D07").total(Metric.ORGANIZATIONS) == 2 && at("D07").count(Metric.CONTRIBUTORS, "SKILLS") == 1
                && at("D07").count(Metric.PARTNERSHIPS_BY_STAGE, "ACTIVE") == 1); i++) {
            Thread.sleep(50);
        }
        var live = store.of(area, 0);
        assertThat(live.count(Metric.PARTNERSHIPS_BY_STAGE, "ACTIVE")).isEqualTo(1);
        assertThat(live.count(Metric.ORGANIZATIONS, "COMPANY")).isEqualTo(1);

        assertThat(rebuild.run(progress -> { })).isPositive();

        var rebuilt = store.of(area, 0);
        for (var metric : Metric.values()) {
            assertThat(rebuilt.byDimension(metric).entrySet().stream().filter(e -> e.getValue() != 0).toList())
                    .as(metric.name()).isEqualTo(live.byDimension(metric).entrySet().stream().filter(e -> e.getValue() != 0).toList());
        }
        assertThat(rebuilt.amount(Metric.CONTRIBUTIONS, "SKILLS")).isEqualByComparingTo(live.amount(Metric.CONTRIBUTIONS, "SKILLS"));
        for (var metric : Reports.MONTHLY) {
            var started = LocalDate.now().minusMonths(2);
            int month = started.getYear() * 100 + started.getMonthValue();
            assertThat(rebuilt.inMonth(metric, month)).as(metric + " in " + month).isEqualTo(live.inMonth(metric, month));
        }
    }

    @Test
    void aCommuneCountsInItsEpciDepartmentRegionAndTheCountryAndAnArrondissementInItsCity() {
        var communes = lozere();
        var keys = tree.keysOf(communes.get(0));
        assertThat(keys).containsExactly("C48095", communes.get(2), "D48", "R76", "FR");
        assertThat(tree.keysOf("69381")).containsExactly("C69381", "C69123", "E200046977", "D69", "R84", "FR");
        var areas = List.of("C" + communes.get(1), communes.get(2), "D48", "R76", "FR");
        var before = areas.stream().map(key -> at(key).count(Metric.PARTNERSHIPS_STARTED)).toList();
        for (int i = 0; i < 3; i++) {
            apply(new PartnershipStarted(UUID.randomUUID(), Origin.DECLARED, UUID.randomUUID(), UUID.randomUUID(), null, null,
                    CooperationModel.SOCIETAL_RD, Stage.PROPOSED, communes.get(1), LocalDate.of(2026, 9, 1)));
        }
        for (int i = 0; i < areas.size(); i++) {
            assertThat(at(areas.get(i)).count(Metric.PARTNERSHIPS_STARTED) - before.get(i)).as(areas.get(i)).isEqualTo(3);
        }
        assertThat(at("D38").count(Metric.PARTNERSHIPS_STARTED)).as("a département elsewhere").isZero();
        assertThat(tree.children(Area.parse("R84").orElseThrow())).extracting(Area::key).contains("D69", "D38").doesNotContain("D48");
        assertThat(tree.contains(Area.parse("D69").orElseThrow(), Area.parse("C69381").orElseThrow())).isTrue();
        assertThat(tree.contains(Area.parse("D69").orElseThrow(), Area.parse("D38").orElseThrow())).isFalse();
    }

    @Test
    void smallCountsAreMaskedInTheTablesTheExportsAndTheOpenData() throws Exception {
        var communes = lozere();
        var commune = communes.get(1);
        for (int i = 0; i < 3; i++) {
            apply(new PartnershipStarted(UUID.randomUUID(), Origin.DECLARED, UUID.randomUUID(), UUID.randomUUID(), null, null,
                    CooperationModel.PRACTICES_AUDIT, Stage.PROPOSED, commune, LocalDate.of(2026, 9, 1)));
        }
        var byModel = observatory.openReport(Area.parse(communes.get(2)).orElseThrow()).table("partnerships-by-model").orElseThrow();
        var audits = byModel.rows().stream().filter(r -> ((Table.Label) r.getFirst()).code().equals("PRACTICES_AUDIT")).findFirst().orElseThrow();
        long count = at(communes.get(2)).count(Metric.PARTNERSHIPS_BY_MODEL, "PRACTICES_AUDIT");
        assertThat(audits.get(1)).isEqualTo(Masked.hides(count) ? Masked.VALUE : (Object) count);
        for (int i = 0; i < 5; i++) {
            apply(new PartnershipStarted(UUID.randomUUID(), Origin.DECLARED, UUID.randomUUID(), UUID.randomUUID(), null, null,
                    CooperationModel.JOINT_OFFER, Stage.PROPOSED, commune, LocalDate.of(2026, 9, 1)));
        }
        apply(new PartnershipStarted(UUID.randomUUID(), Origin.DECLARED, UUID.randomUUID(), UUID.randomUUID(), null, null,
                CooperationModel.HYBRID_MODEL, Stage.PROPOSED, commune, LocalDate.of(2026, 9, 1)));
        var mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var json = mvc.perform(get("/api/open-data/areas/" + communes.get(2) + "/tables/partnerships-by-model.json"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(json).contains("{\"model\":\"HYBRID_MODEL\",\"model_label\":\"Modèle hybride\",\"partnerships\":\"<5\"}")
                // 5 joint offers would give the hybrid one away (the category's total minus them): hidden as secret
                .contains("{\"model\":\"JOINT_OFFER\",\"model_label\":\"Offre commune\",\"partnerships\":\"secret\"}");
        var csv = mvc.perform(get("/api/open-data/areas/" + communes.get(2) + "/tables/partnerships-by-model.csv"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFF\"model\";\"model_label\";\"partnerships\"\r\n")
                .contains("\"HYBRID_MODEL\";\"Modèle hybride\";\"<5\"\r\n").contains("\"JOINT_OFFER\";\"Offre commune\";\"secret\"\r\n");
        var openApi = mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(openApi).contains("Alliances — données ouvertes des partenariats", "/api/open-data/areas/{area}/tables/{table}.csv")
                .doesNotContain("/api/observatory/");
        mvc.perform(get("/api/open-data/areas/C48095")).andExpect(status().isNotFound());
        mvc.perform(get("/api/open-data/areas/D99")).andExpect(status().isNotFound());

        // an unknown table or area is answered with a fixed message and the valid values, never with what was typed
        var unknownTable = mvc.perform(get("/api/open-data/areas/" + communes.get(2) + "/tables/{table}.json", "<img src=x onerror=alert(1)>"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknownTable).contains("\"error\":\"Unknown table\"").contains("partnerships-by-model").doesNotContain("img").doesNotContain("alert");
        var unknownArea = mvc.perform(get("/api/open-data/areas/{area}/tables/x.json", "<svg onload=alert(1)>"))
                .andExpect(status().isNotFound()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(unknownArea).contains("\"error\":\"Unknown area\"").contains("D<département code>").doesNotContain("svg");
    }

    @Test
    void aLocalAuthoritySeesOnlyItsTerritoryByAddressAndByApi() throws Exception {
        members.ensureExist();
        TestOrganizations.signIn(TestOrganizations.LOCAL_AUTHORITY, "LOCAL_AUTHORITY");
        assertThat(observatory.home()).isEqualTo(Area.parse("D69").orElseThrow());
        assertThat(observatory.report(Area.parse("C69381").orElseThrow()).ancestors()).extracting(Area::key)
                .containsExactly("FR", "R84", "D69", "E200046977", "C69123");
        assertThatThrownBy(() -> observatory.report(Area.parse("D38").orElseThrow())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> observatory.report(Area.parse("R84").orElseThrow())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> observatory.report(Area.COUNTRY)).isInstanceOf(AccessDeniedException.class);
        TestOrganizations.signOut();

        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        var authority = user(TestOrganizations.LOCAL_AUTHORITY).roles("LOCAL_AUTHORITY");
        mvc.perform(get("/api/observatory/D69/needs.csv").with(authority)).andExpect(status().isOk());
        mvc.perform(get("/api/observatory/E200046977/needs.json").with(authority)).andExpect(status().isOk());
        mvc.perform(get("/api/observatory/D38/needs.csv").with(authority)).andExpect(status().isForbidden());
        mvc.perform(get("/api/observatory/FR/needs.json").with(authority)).andExpect(status().isForbidden());
        mvc.perform(get("/api/observatory/FR/needs.json").with(user(TestOrganizations.ASSOCIATION).roles("ASSOCIATION")))
                .andExpect(status().isForbidden());
        mvc.perform(get("/api/observatory/FR/needs.json").with(user(TestOrganizations.ADMIN).roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void theDepartmentMapHasOnePathPerDepartmentWithItsInseeCodeAndATitle() {
        members.ensureExist();
        TestOrganizations.signIn(TestOrganizations.ADMIN, "ADMIN");
        var values = observatory.map(Area.COUNTRY, MapFigure.PARTNERSHIPS);
        assertThat(values).hasSize(101);
        var svg = org.alliances.observatory.ui.MapAccess.departments(values, observatory::name);
        var paths = java.util.regex.Pattern.compile("<path data-insee='([0-9AB]{2,3})' d='[^']+' fill='[^']+' stroke='#9aa5b1' stroke-width='0.5'><title>([^<]+)</title></path>")
                .matcher(svg).results().toList();
        assertThat(paths).hasSize(101);
        assertThat(paths.stream().map(m -> m.group(1)).distinct()).hasSize(101).contains("01", "2A", "2B", "69", "971", "976");
        assertThat(paths.stream().filter(m -> m.group(1).equals("69")).findFirst().orElseThrow().group(2)).startsWith("Rhône (69) : ");
        assertThat(svg).contains("href='observatoire/D69'").contains("role='group'").contains("aria-label=");
        var region = org.alliances.observatory.ui.MapAccess.departments(observatory.map(Area.parse("R84").orElseThrow(), MapFigure.PARTNERSHIPS),
                observatory::name);
        assertThat(region).doesNotContain("viewBox='0 0 613 585'").contains("href='observatoire/D69'", "href='observatoire/D38'")
                .doesNotContain("href='observatoire/D75'").doesNotContain(">971<");
        assertThat(java.util.regex.Pattern.compile("href='observatoire/D").matcher(region).results().count()).isEqualTo(12);
    }
}
