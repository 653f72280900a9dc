package org.alliances.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.CurrentMember;
import org.alliances.kernel.Category;
import org.alliances.kernel.ContentKind;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.ReportReason;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.alliances.kernel.Theme;
import org.alliances.kernel.WhatWaits;
import org.alliances.kernel.testing.SignIn;
import org.alliances.kernel.testing.TestData;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.Need;
import org.alliances.matching.NeedForm;
import org.alliances.matching.NeedStatus;
import org.alliances.matching.Reach;
import org.alliances.moderation.Moderation;
import org.alliances.partnerships.Declaration;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * "Mon espace" says what waits, from every module: each kind of item appears when its situation exists and goes once
 * it is dealt with, for an association, a company and the admins.
 */
@SpringBootTest
@Import(TestSupport.class)
class WaitingTests {

    @Autowired Waiting waiting;
    @Autowired CurrentMember currentMember;
    @Autowired TestMembers members;
    @Autowired MatchingService matching;
    @Autowired PartnershipService partnerships;
    @Autowired AccountService accounts;
    @Autowired Moderation moderation;
    @Autowired Territories territories;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void anAssociationIsToldOfItsDiagnosisItsInterestsToAnswerItsNeedsExpiringAndThePartnershipsToConfirm() {
        var association = members.newAssociation("Association qui attend", "69266");
        var company = members.newCompany("Entreprise qui attend", "69266");
        SignIn.as(association, "ASSOCIATION");
        assertThat(keys()).contains("home.waiting.diagnosis-none").doesNotContain("home.waiting.interests");
        var need = matching.publish(null, new NeedForm("Des cartons de déménagement", "Pour la collecte.", Set.of(Theme.CITIZENSHIP),
                Contribution.GOODS, Set.of(CooperationModel.TRADITIONAL_PATRONAGE), "69266", Reach.DEPARTMENT, null,
                LocalDate.now().plusDays(5), null));
        assertThat(items()).containsKey("home.waiting.needs-expiring");

        SignIn.as(company, "COMPANY");
        matching.saveProfile(Set.of(Theme.CITIZENSHIP), Map.of(Contribution.GOODS, 10), Set.of("69266"), List.of(Category.PATRONAGE));
        var interest = matching.expressInterest(need.id(), "Nous en avons.");
        assertThat(items()).containsKey("home.waiting.interests-pending");
        var partner = partnerships.findPartners("Association qui attend").getFirst();
        var declared = partnerships.declare(new Declaration(partner.id(), CooperationModel.PRACTICES_AUDIT, "69266", LocalDate.now(), null));

        SignIn.as(association, "ASSOCIATION");
        var waitingNow = items();
        assertThat(waitingNow.get("home.waiting.interests").count()).isEqualTo(1);
        assertThat(waitingNow.get("home.waiting.interests").route()).isEqualTo("interets");
        assertThat(waitingNow.get("home.waiting.partnerships-to-confirm").count()).isEqualTo(1);
        assertThat(waiting.byRoute(currentMember.require())).containsEntry("interets", 1L).containsEntry("mes-partenariats", 1L);

        matching.decline(interest.id(), null);
        partnerships.moveTo(declared.id(), Stage.ACTIVE, null, null);
        matching.close(need.id(), NeedStatus.FULFILLED);
        assertThat(keys()).doesNotContain("home.waiting.interests", "home.waiting.partnerships-to-confirm", "home.waiting.needs-expiring");

        SignIn.as(company, "COMPANY");
        assertThat(keys()).contains("home.waiting.interests-declined").doesNotContain("home.waiting.interests-pending");
    }

    @Test
    void theAdminsAreToldOfTheRequestsForAccessAndTheReportsToModerate() {
        var email = TestData.email("agent");
        var territory = territories.territory(TerritoryLevel.COMMUNE, "69259").orElseThrow();
        var request = accounts.requestLocalAuthorityAccess(territory, new AccountService.Credentials(email, TestData.PASSWORD, TestData.PASSWORD));
        SignIn.as(members.newAssociation("Association au besoin signalé", "69123"), "ASSOCIATION");
        Need need = matching.publish(null, new NeedForm("Un besoin à signaler", "Pour la modération.", Set.of(Theme.CITIZENSHIP),
                Contribution.GOODS, Set.of(CooperationModel.TRADITIONAL_PATRONAGE), "69123", Reach.DEPARTMENT, null, null, null));
        SignIn.as(members.newCompany("Entreprise qui signale le besoin", "69123"), "COMPANY");
        moderation.report(ContentKind.NEED, need.id(), ReportReason.SPAM, null);

        SignIn.asAdmin(() -> {
            var before = items();
            assertThat(before).containsKeys("home.waiting.access-requests", "home.waiting.reports");
            long requests = before.get("home.waiting.access-requests").count();
            long reports = before.get("home.waiting.reports").count();
            accounts.approve(request.id());
            var reported = moderation.queue().stream().filter(found -> found.contentId().equals(need.id())).findFirst().orElseThrow();
            moderation.dismiss(reported.id());
            var after = items();
            assertThat(after.containsKey("home.waiting.access-requests") ? after.get("home.waiting.access-requests").count() : 0)
                    .isEqualTo(requests - 1);
            assertThat(after.containsKey("home.waiting.reports") ? after.get("home.waiting.reports").count() : 0).isEqualTo(reports - 1);
        });
    }

    private List<String> keys() {
        return WaitingNow.keys(waiting, currentMember);
    }

    private Map<String, WhatWaits.Item> items() {
        return WaitingNow.items(waiting, currentMember);
    }
}
