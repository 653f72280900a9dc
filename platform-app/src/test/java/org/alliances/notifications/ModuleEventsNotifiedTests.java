package org.alliances.notifications;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.alliances.matching.Reach;
import org.alliances.partnerships.Declaration;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole application: what the matching and partnerships modules announce reaches the members it concerns, as
 * notifications of the notification centre (the modules' own tests stop at their events).
 */
@SpringBootTest
@Import(TestSupport.class)
class ModuleEventsNotifiedTests {

    @Autowired TestMembers members;
    @Autowired MatchingService matching;
    @Autowired PartnershipService partnerships;
    @Autowired JdbcTemplate jdbc;

    @AfterEach
    void signOut() {
        TestMembers.signOut();
    }

    int notifications(String email, String messageKey) {
        return jdbc.queryForObject("select count(*) from notifications_notification n join accounts_user u on u.id = n.account_id "
                + "where u.email = ? and n.message_key = ?", Integer.class, email, messageKey);
    }

    @Test
    void anInterestIsNotifiedToTheAssociationAndItsAcceptanceToTheCompany() {
        var company = members.newCompany("Imprimerie Part-Dieu", "69383");
        TestMembers.signIn(company, "COMPANY");
        matching.saveProfile(Set.of(Theme.INCLUSION_EMPLOYMENT), Map.of(Contribution.EMPLOYEE_VOLUNTEERING, 200), Set.of("69383"),
                List.of(Category.PATRONAGE));
        var association = members.newAssociation("Emploi Part-Dieu", "69383");
        TestMembers.signIn(association, "ASSOCIATION");
        var need = matching.publish(null, new NeedForm("Parrains pour l'emploi", "Encadrer des jeunes deux samedis par mois.",
                Set.of(Theme.INCLUSION_EMPLOYMENT), Contribution.EMPLOYEE_VOLUNTEERING, Set.of(CooperationModel.ACTIVE_ENGAGEMENT), "69383",
                Reach.DEPARTMENT, null, LocalDate.now().plusMonths(3), new BigDecimal("120")));

        TestMembers.signIn(company, "COMPANY");
        var interest = matching.expressInterest(need.id(), "Nous avons dix volontaires.");
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> notifications(association, "notification.interest.received") == 1);

        TestMembers.signIn(association, "ASSOCIATION");
        matching.accept(interest.id(), CooperationModel.ACTIVE_ENGAGEMENT);
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> notifications(company, "notification.interest.accepted") == 1);
    }

    @Test
    void aDeclaredPartnershipIsProposedToThePartnerAndItsConfirmationToTheDeclarer() {
        var association = members.newAssociation("Association de la Croix-Luizet", "69266");
        var company = members.newCompany("Entreprise de la Croix-Luizet", "69266");
        TestMembers.signIn(association, "ASSOCIATION");
        var partner = partnerships.findPartners("Entreprise de la Croix-Luizet").getFirst();
        var declared = partnerships.declare(new Declaration(partner.id(), CooperationModel.TRADITIONAL_PATRONAGE, "69266",
                LocalDate.now().minusYears(1), null));

        TestMembers.signIn(company, "COMPANY");
        partnerships.moveTo(declared.id(), Stage.ACTIVE, "Confirmé", null);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> notifications(company, "notification.partnership.proposed") == 1
                && notifications(association, "notification.partnership.confirmed") == 1);
        assertThat(jdbc.queryForObject("select arguments from notifications_notification where message_key = ? and account_id = "
                + "(select id from accounts_user where email = ?)", String.class, "notification.partnership.proposed", company))
                .isEqualTo("Association de la Croix-Luizet");
    }
}
