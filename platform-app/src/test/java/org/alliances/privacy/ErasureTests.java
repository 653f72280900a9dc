package org.alliances.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.alliances.RecordingMailSender;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.InvitationAcceptance;
import org.alliances.accounts.Memberships;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationDeleted;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationStatus;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.kernel.testing.TestData;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.alliances.matching.NeedStatus;
import org.alliances.matching.Reach;
import org.alliances.matching.RecommendationFilter;
import org.alliances.partnerships.ContributionForm;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.Declaration;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Deleting an account or an organisation: afterwards no row of any table holds the erased name or address (the whole
 * database is searched, the events' registry included), every module is consistent (the partner's list, the
 * observatory's totals, the recommendations), and delivering the deletion again changes nothing more.
 */
@SpringBootTest
@Import(TestSupport.class)
class ErasureTests {

    static final Pattern LINK = Pattern.compile("/invitation/([A-Za-z0-9_-]{43})");
    /** The observatory's figures that add up what happened; they stay when an organisation goes. */
    static final List<String> CUMULATIVE = List.of("ORGANIZATIONS_JOINED", "DIAGNOSES", "NEEDS_PUBLISHED", "INTERESTS", "MATCHES",
            "PARTNERSHIPS_STARTED", "CONTRIBUTIONS");

    @Autowired Erasures erasures;
    @Autowired TestMembers members;
    @Autowired Memberships memberships;
    @Autowired InvitationAcceptance acceptance;
    @Autowired AccountService accounts;
    @Autowired OrganizationService organizations;
    @Autowired MatchingService matching;
    @Autowired PartnershipService partnerships;
    @Autowired RecordingMailSender mails;
    @Autowired JdbcTemplate jdbc;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactions;

    @AfterEach
    void signOut() {
        TestMembers.signOut();
    }

    @Test
    void aDeletedAccountLeavesItsNameAndAddressNowhereAndWhatItSignedToTheOrganisation() {
        var responsable = members.newAssociation("Association des signataires", "69123");
        var colleague = TestData.email("effacee");
        var name = "Camille Effacée-" + UUID.randomUUID().toString().substring(0, 8);
        TestMembers.signIn(responsable, "ASSOCIATION");
        memberships.invite(colleague, "client-erasure", Locale.FRENCH);
        TestMembers.signOut();
        acceptance.joinAsNewMember(invitationLinkTo(colleague), name, TestData.PASSWORD, TestData.PASSWORD);
        var company = members.newCompany("Entreprise des signataires", "69123");

        TestMembers.signIn(colleague, "ASSOCIATION");
        var partner = partnerships.findPartners("Entreprise des signataires").getFirst();
        var declared = partnerships.declare(new Declaration(partner.id(), CooperationModel.TRADITIONAL_PATRONAGE, "69123",
                LocalDate.now().minusMonths(2), "Déclaré par " + name));
        TestMembers.signIn(company, "COMPANY");
        partnerships.moveTo(declared.id(), Stage.ACTIVE, null, null);
        TestMembers.signIn(colleague, "ASSOCIATION");
        partnerships.addContribution(declared.id(), new ContributionForm(ContributionKind.MONEY, partner.id(), new BigDecimal("500"), null,
                LocalDate.now().minusDays(3)));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(() -> holding(name).size() > 1);

        var before = rowCounts();
        assertThatThrownBy(() -> erasures.deleteMyAccount("pas le bon mot de passe")).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).containsEntry("password", "password.current.wrong"));
        assertThat(rowCounts()).as("a wrong password changes nothing").isEqualTo(before);

        erasures.deleteMyAccount(TestData.PASSWORD);
        TestMembers.signOut();

        assertThat(holding(colleague)).as("rows holding the address").isEmpty();
        // the note typed in the declaration is the organisation's text: only what the platform knows as the name is erased
        assertThat(holding(name)).as("rows holding the name").containsOnly("partnerships_stage_change.note");
        assertThat(accounts.findByEmail(colleague)).isEmpty();
        assertThat(jdbc.queryForList("select signed_by from partnerships_stage_change where partnership_id = ? order by sequence",
                String.class, declared.id())).first().isEqualTo("Ancien membre");
        assertThat(jdbc.queryForObject("select recorded_by from partnerships_contribution where partnership_id = ?", String.class, declared.id()))
                .isEqualTo("Ancien membre");
        assertThat(jdbc.queryForObject("select count(*) from privacy_erasure where kind = 'MEMBER' and asked_by = subject_id "
                + "and done_at is not null and subject_id = (select id from accounts_user where email like 'erased-%' and id = subject_id "
                + "order by 1 limit 1)", Integer.class)).isPositive();

        TestMembers.signIn(company, "COMPANY");
        assertThat(partnerships.history(declared.id(), 0).getContent()).extracting(line -> line.signedBy())
                .containsExactlyInAnyOrder("Ancien membre", company);

        TestMembers.signIn(responsable, "ASSOCIATION");
        assertThatThrownBy(() -> erasures.deleteMyAccount(TestData.PASSWORD)).isInstanceOfSatisfying(InvalidInputException.class,
                refused -> assertThat(refused.problems()).containsEntry("account", "erasure.account.last-responsable"));
        assertThat(accounts.findByEmail(responsable)).isPresent();
    }

    @Test
    void aDeletedOrganisationEndsWhatItHadWithOthersWhoAreToldAndTheFiguresStay() {
        var association = members.newAssociation("Association à effacer " + UUID.randomUUID().toString().substring(0, 6), "69266");
        var associationName = organizationOf(association).name();
        var partnerCompany = members.newCompany("Entreprise partenaire de l'effacée", "69266");
        var interestedCompany = members.newCompany("Entreprise intéressée par l'effacée", "69266");

        TestMembers.signIn(interestedCompany, "COMPANY");
        matching.saveProfile(Set.of(Theme.CITIZENSHIP), Map.of(Contribution.GOODS, 5), Set.of("69266"), List.of(Category.PATRONAGE));
        TestMembers.signIn(association, "ASSOCIATION");
        var need = matching.publish(null, new NeedForm("Des instruments pour l'école de musique", "Pour dix enfants.", Set.of(Theme.CITIZENSHIP),
                Contribution.GOODS, Set.of(CooperationModel.TRADITIONAL_PATRONAGE), "69266", Reach.DEPARTMENT, null, null, null));
        var partner = partnerships.findPartners("Entreprise partenaire de l'effacée").getFirst();
        var partnership = partnerships.declare(new Declaration(partner.id(), CooperationModel.TRADITIONAL_PATRONAGE, "69266",
                LocalDate.now().minusMonths(6), null));
        TestMembers.signIn(partnerCompany, "COMPANY");
        partnerships.moveTo(partnership.id(), Stage.ACTIVE, "Confirmé", null);
        TestMembers.signIn(interestedCompany, "COMPANY");
        var interest = matching.expressInterest(need.id(), "Nous avons des instruments.");
        assertThat(matching.needsForMe(RecommendationFilter.none(), 0).getContent()).anyMatch(found -> found.needId().equals(need.id()));
        TestMembers.signIn(association, "ASSOCIATION");
        assertThat(matching.companiesFor(need.id(), RecommendationFilter.none(), 0).getContent())
                .extracting(recommendation -> recommendation.organizationId()).contains(organizationOf(interestedCompany).id());
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> notifications(partnerCompany, "notification.partnership.proposed") == 1
                && notifications(association, "notification.interest.received") == 1 && eventsAllDone());
        var figures = cumulativeFigures();

        erasures.deleteMyOrganization(TestData.PASSWORD);
        TestMembers.signOut();
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> notifications(interestedCompany, "notification.interest.withdrawn") == 1
                && notifications(partnerCompany, "notification.partnership.ended") == 1 && eventsAllDone());

        var deleted = organizations.find(need.organizationId()).orElseThrow();
        assertThat(deleted.status()).isEqualTo(OrganizationStatus.DELETED);
        assertThat(deleted.name()).isEqualTo(Organization.DELETED_NAME);
        assertThat(holding(associationName)).as("rows holding the organisation's name").isEmpty();
        assertThat(holding(association)).as("rows holding the responsable's address").isEmpty();

        TestMembers.signIn(partnerCompany, "COMPANY");
        var seen = partnerships.find(partnership.id()).orElseThrow();
        assertThat(seen.stage()).isEqualTo(Stage.ENDED);
        assertThat(seen.associationName()).isEqualTo(Organization.DELETED_NAME);
        TestMembers.signIn(interestedCompany, "COMPANY");
        assertThat(matching.myInterests()).filteredOn(mine -> mine.id().equals(interest.id())).extracting(mine -> mine.status().name())
                .containsExactly("WITHDRAWN");
        assertThat(matching.needsForMe(RecommendationFilter.none(), 0).getContent()).as("the deleted association's need, recommended")
                .noneMatch(recommendation -> recommendation.needId().equals(need.id()));
        assertThat(jdbc.queryForObject("select status from matching_need where id = ?", String.class, need.id()))
                .isEqualTo(NeedStatus.ABANDONED.name());
        assertThat(jdbc.queryForObject("select count(*) from diagnosis_diagnosis where organization_id = ?", Integer.class,
                need.organizationId())).isZero();
        assertThat(cumulativeFigures()).as("the observatory's totals").isEqualTo(figures);
        assertThat(organizations.search(OrganizationType.ASSOCIATION, associationName, 5)).isEmpty();

        var settled = rowCounts();
        transactions.executeWithoutResult(status -> events.publishEvent(new OrganizationDeleted(need.organizationId(),
                OrganizationType.ASSOCIATION, java.time.Instant.now())));
        Awaitility.await().atMost(Duration.ofSeconds(30)).until(this::eventsAllDone);
        assertThat(rowCounts()).as("the deletion delivered a second time").isEqualTo(settled);
    }

    private Organization organizationOf(String email) {
        return organizations.find(accounts.findByEmail(email).orElseThrow().organizationId()).orElseThrow();
    }

    private String invitationLinkTo(String email) {
        var matcher = LINK.matcher(mails.sentTo(email, "vous invite").getLast().getText());
        assertThat(matcher.find()).isTrue();
        return matcher.group(1);
    }

    private int notifications(String email, String key) {
        return jdbc.queryForObject("select count(*) from notifications_notification where message_key = ? and account_id = "
                + "(select id from accounts_user where email = ?)", Integer.class, key, email);
    }

    private boolean eventsAllDone() {
        return jdbc.queryForObject("select count(*) from event_publication where completion_date is null", Integer.class) == 0;
    }

    private Map<String, Long> cumulativeFigures() {
        var figures = new java.util.TreeMap<String, Long>();
        jdbc.query("select metric, sum(n) from observatory_figure where month = 0 and metric in (" + String.join(",",
                        CUMULATIVE.stream().map(metric -> "'" + metric + "'").toList()) + ") group by metric",
                row -> { figures.put(row.getString(1), row.getLong(2)); });
        return figures;
    }

    /** Every table's number of rows (the events' registry aside). */
    private Map<String, Integer> rowCounts() {
        var counts = new java.util.TreeMap<String, Integer>();
        for (var table : jdbc.queryForList("select table_name from information_schema.tables where table_schema = current_schema() "
                + "and table_type = 'BASE TABLE' and table_name not like 'event_publication%'", String.class)) {
            counts.put(table, jdbc.queryForObject("select count(*) from " + table, Integer.class));
        }
        return counts;
    }

    /** The columns ("table.column") of rows that hold the text anywhere in the database, in any case. */
    private List<String> holding(String text) {
        var found = new ArrayList<String>();
        var columns = jdbc.queryForList("""
                select table_name, column_name from information_schema.columns where table_schema = current_schema()
                and data_type in ('character varying', 'text', 'ARRAY', 'character')""");
        for (var column : columns) {
            var table = (String) column.get("table_name");
            var name = (String) column.get("column_name");
            var hits = jdbc.queryForObject("select count(*) from " + table + " where strpos(lower(" + name + "::text), lower(?)) > 0",
                    Integer.class, text);
            if (hits > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }
}
