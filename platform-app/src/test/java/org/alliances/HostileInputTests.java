package org.alliances;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.JoinRequestService;
import org.alliances.accounts.Memberships;
import org.alliances.accounts.PasswordRecovery;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.testing.SignIn;
import org.alliances.matching.Interest;
import org.alliances.matching.MatchingService;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * Sends a fixed battery of hostile inputs to every form field each role reaches, as a script would through the UI's
 * own messages: markup, NUL and other control characters, a line break in a one-line field, direction overrides, a
 * text one character longer than its column and one of 100,000. It fails when a field accepts what its column cannot
 * hold, when a refused form saved anything, when an error reaches the user without a French message at the field, or
 * when anything throws. Every text field must say the most characters it takes.
 */
// a demo database of its own: the battery moves the clock (so that no hourly limit gets in the way) and answers demo requests
@SpringBootTest(properties = "spring.application.name=alliances-hostile-inputs")
@ActiveProfiles("demo")
@Import(TestSupport.class)
class HostileInputTests extends HostileFormsBattery {

    static final String ASSOCIATION = "association@demo.alliances.fr";
    static final String COMPANY = "entreprise@demo.alliances.fr";
    static final String ADMIN = "admin@demo.alliances.fr";
    static final String AUTHORITY = "collectivite@demo.alliances.fr";
    static final String VOLUNTEER = "benevole@demo.alliances.fr";

    @Autowired MatchingService matching;
    @Autowired PartnershipService partnerships;
    @Autowired Memberships memberships;
    @Autowired PasswordRecovery recovery;
    @Autowired RecordingMailSender mails;
    @Autowired AccountService accounts;
    @Autowired JoinRequestService joinRequests;
    @Autowired OrganizationService organizations;
    @Autowired org.alliances.moderation.Moderation moderation;
    @Autowired org.alliances.conversations.Conversations conversations;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aVisitorsFormsRefuseWhatTheirColumnsCannotHold() {
        visitorForms().forEach(this::attack);
    }

    @Test
    void anAssociationsFormsRefuseWhatTheirColumnsCannotHold() {
        associationForms().forEach(this::attack);
    }

    @Test
    void aCompanysAndAnAdminsFormsRefuseWhatTheirColumnsCannotHold() {
        companyAndAdminForms().forEach(this::attack);
    }

    /**
     * Every page a role opens without a parameter that shows a text field is in the battery, so that a new form cannot
     * be left out (forms in dialogs and tabs are listed by hand above).
     */
    @Test
    void everyPageWithATextFieldIsInTheBattery() {
        var battered = new java.util.HashSet<String>();
        for (var form : concat(visitorForms(), associationForms(), companyAndAdminForms())) {
            if (form.member() != null) {
                SignIn.as(form.member(), form.role());
            }
            battered.add(form.page());
        }
        var missing = new ArrayList<String>();
        var roles = new java.util.LinkedHashMap<String, String>();
        roles.put("", null);
        roles.put(ASSOCIATION, Roles.ASSOCIATION);
        roles.put(COMPANY, Roles.COMPANY);
        roles.put(AUTHORITY, Roles.LOCAL_AUTHORITY);
        roles.put(ADMIN, Roles.ADMIN);
        for (var route : AccessTableTests.routes().entrySet()) {
            if (com.vaadin.flow.router.HasUrlParameter.class.isAssignableFrom(route.getValue())) {
                continue;
            }
            for (var role : roles.entrySet()) {
                if (role.getValue() == null) {
                    SignIn.out();
                } else {
                    SignIn.as(role.getKey(), role.getValue());
                }
                try {
                    UI.getCurrent().navigate(route.getKey());
                } catch (RuntimeException notForThisRole) {
                    continue;
                }
                if (UI.getCurrent().getActiveViewLocation().getPath().equals(route.getKey()) && !textFields(UI.getCurrent()).isEmpty()
                        && !battered.contains(route.getKey())) {
                    missing.add("/" + route.getKey() + " as " + (role.getValue() == null ? "a visitor" : role.getValue()));
                }
            }
        }
        assertThat(missing).as("pages with text fields that the battery does not attack").isEmpty();
    }

    private static List<Form> concat(List<Form> first, List<Form> second, List<Form> third) {
        var all = new ArrayList<>(first);
        all.addAll(second);
        all.addAll(third);
        return all;
    }

    private List<Form> visitorForms() {
        return List.of(
                new Form("registration of an association", null, null, () -> "inscription/association", List.of(), "register.submit"),
                new Form("registration of a company", null, null, () -> "inscription/entreprise", List.of(), "register.submit"),
                new Form("request of a local authority", null, null, () -> "inscription/collectivite", List.of(), "register.authority.submit"),
                new Form("request to join", null, null, () -> "inscription/rejoindre", List.of(), "join.submit"),
                new Form("forgotten password", null, null, () -> "mot-de-passe-oublie", List.of(), "recovery.send"),
                new Form("invitation accepted", null, null, this::freshInvitation, List.of(), "invitation.join"),
                new Form("new password", null, null, this::freshResetLink, List.of(), "recovery.save"));
    }

    private List<Form> associationForms() {
        return List.of(
                new Form("need", ASSOCIATION, Roles.ASSOCIATION, () -> "besoins/edition", List.of(), "matching.form.publish"),
                new Form("organisation's name", ASSOCIATION, Roles.ASSOCIATION, () -> "mon-compte", List.of(), "account.organization.save"),
                new Form("password change", ASSOCIATION, Roles.ASSOCIATION, () -> "mon-compte", List.of(), "account.password.save"),
                new Form("address change", ASSOCIATION, Roles.ASSOCIATION, () -> "mon-compte", List.of(), "email-change.submit"),
                new Form("invitation", ASSOCIATION, Roles.ASSOCIATION, () -> "membres", List.of(), "members.invite"),
                new Form("declared partnership", ASSOCIATION, Roles.ASSOCIATION, () -> "mes-partenariats/declarer", List.of(),
                        "partnerships.declare.save"),
                new Form("resource proposed", ASSOCIATION, Roles.ASSOCIATION, () -> "ressources/edition", List.of(), "resources.form.propose"),
                new Form("diagnosis shared", ASSOCIATION, Roles.ASSOCIATION, () -> "diagnostic/historique", List.of(), "diagnosis.share.submit"),
                new Form("contribution", ASSOCIATION, Roles.ASSOCIATION, () -> "partenariat/" + partnershipAtEvaluation(),
                        List.of("tab:partnerships.tab.contributions"), "partnerships.contribution.save"),
                new Form("impact measure", ASSOCIATION, Roles.ASSOCIATION, () -> "partenariat/" + partnershipAtEvaluation(),
                        List.of("tab:partnerships.tab.impact", "choose:partnerships.indicator=OTHER_GENERAL_INTEREST"),
                        "partnerships.indicator.save"),
                new Form("note of a change of model", ASSOCIATION, Roles.ASSOCIATION, () -> "partenariat/" + partnershipAtEvaluation(),
                        List.of("partnerships.action.evolve"), "partnerships.evolve.confirm"),
                new Form("outcome", ASSOCIATION, Roles.ASSOCIATION, () -> "partenariat/" + partnershipAtEvaluation(),
                        List.of("partnerships.action.close"), "partnerships.close.confirm"),
                new Form("interest declined", ASSOCIATION, Roles.ASSOCIATION, () -> "interets", List.of("matching.interests.decline"),
                        "matching.interests.decline.confirm"),
                new Form("request to join refused", ASSOCIATION, Roles.ASSOCIATION, this::freshRequestToJoin, List.of("join.refuse"),
                        "join.refuse"),
                Form.search("library's words", ASSOCIATION, Roles.ASSOCIATION, "ressources", "resources.library.search"),
                Form.search("case studies' words", ASSOCIATION, Roles.ASSOCIATION, "etudes-de-cas", "resources.library.search"),
                Form.search("partners' filter", ASSOCIATION, Roles.ASSOCIATION, "partenaires", null));
    }

    private List<Form> companyAndAdminForms() {
        return List.of(
                new Form("interest", COMPANY, Roles.COMPANY, () -> "besoin/" + needOpenToTheDemoCompany(), List.of(), "matching.interest.express"),
                new Form("refusal of a local authority", ADMIN, Roles.ADMIN, () -> "admin/demandes", List.of("admin.requests.refuse"),
                        "admin.requests.refuse.confirm"),
                new Form("report of a need", COMPANY, Roles.COMPANY, () -> "besoin/" + needOpenToTheDemoCompany(), List.of("moderation.report"),
                        "moderation.report.send"),
                new Form("moderator's note to the author", ADMIN, Roles.ADMIN, this::freshReport, List.of("moderation.hide"),
                        "moderation.hide.confirm"),
                new Form("request for a review", ASSOCIATION, Roles.ASSOCIATION, this::freshHiddenNeed, List.of(), "moderation.review.ask"),
                Form.search("accounts' filter", ADMIN, Roles.ADMIN, "admin/comptes", null),
                new Form("message to a partner", COMPANY, Roles.COMPANY, this::conversationOfTheDemoCompany, List.of(), "conversations.send"),
                Form.search("messages' search", COMPANY, Roles.COMPANY, "messages", "messages.search.run"));
    }

    /** The moderation queue, with a need of the demo association just reported by the demo company. */
    private String freshReport() {
        reportedNeed();
        SignIn.as(ADMIN, Roles.ADMIN);
        return "moderation";
    }

    /** "Contenus masqués" of the demo association, with one of its needs just hidden by the admin. */
    private String freshHiddenNeed() {
        var need = reportedNeed();
        SignIn.as(ADMIN, Roles.ADMIN);
        var reported = moderation.queue().stream().filter(found -> found.contentId().equals(need)).findFirst().orElseThrow();
        moderation.hide(reported.id(), org.alliances.kernel.ReportReason.SPAM, null);
        SignIn.as(ASSOCIATION, Roles.ASSOCIATION);
        return "contenus-masques";
    }

    private UUID reportedNeed() {
        SignIn.as(ASSOCIATION, Roles.ASSOCIATION);
        var need = matching.publish(null, new org.alliances.matching.NeedForm("Besoin à signaler " + UUID.randomUUID(), "Pour la modération.",
                java.util.Set.of(org.alliances.kernel.Theme.CITIZENSHIP), org.alliances.matching.Contribution.GOODS,
                java.util.Set.of(org.alliances.kernel.CooperationModel.TRADITIONAL_PATRONAGE), "69123", org.alliances.matching.Reach.DEPARTMENT,
                null, null, null)).id();
        SignIn.as(COMPANY, Roles.COMPANY);
        moderation.report(org.alliances.kernel.ContentKind.NEED, need, org.alliances.kernel.ReportReason.SPAM, null);
        return need;
    }

    /** The page of an invitation just sent by the demo association to a new address. */
    private String freshInvitation() {
        var address = "invite-" + UUID.randomUUID() + "@test.alliances.fr";
        SignIn.as(ASSOCIATION, Roles.ASSOCIATION);
        memberships.invite(address, "battery", Locale.FRENCH);
        SignIn.out();
        return linkIn(address, "invitation/");
    }

    /** The members' page of the demo association, with a request to join it just sent by a visitor. */
    private String freshRequestToJoin() {
        SignIn.as(ASSOCIATION, Roles.ASSOCIATION);
        var identifier = organizations.find(accounts.findByEmail(ASSOCIATION).orElseThrow().organizationId()).orElseThrow().identifier();
        SignIn.out();
        var address = "joiner-" + UUID.randomUUID() + "@test.alliances.fr";
        joinRequests.ask(OrganizationType.ASSOCIATION, identifier, "Camille Candidate",
                new AccountService.Credentials(address, "une phrase de passe solide", "une phrase de passe solide"), false, null, "battery",
                Locale.FRENCH);
        SignIn.as(ASSOCIATION, Roles.ASSOCIATION);
        return "membres";
    }

    /** The page of a password-reset link just asked for a demo member. */
    private String freshResetLink() {
        recovery.requestReset(VOLUNTEER, "battery", Locale.FRENCH);
        return linkIn(VOLUNTEER, PasswordRecovery.RESET_ROUTE + "/");
    }

    private String linkIn(String address, String route) {
        var text = mails.sentTo(address).getLast().getText();
        var matcher = Pattern.compile(Pattern.quote(route) + "[A-Za-z0-9_-]+").matcher(text);
        assertThat(matcher.find()).as("a link to " + route + " in the e-mail").isTrue();
        return matcher.group();
    }

    private UUID partnershipAtEvaluation() {
        return partnerships.mine(0).stream().filter(partnership -> partnership.stage() == Stage.EVALUATION).findFirst()
                .orElseThrow().id();
    }

    /** An open conversation of the demo company: its interest's, expressed now if it has none. */
    private String conversationOfTheDemoCompany() {
        var open = conversations.mine(null, 0).stream().filter(line -> !line.conversation().isClosed()).findFirst();
        if (open.isPresent()) {
            return "conversation/" + open.get().conversation().id();
        }
        var interest = matching.expressInterest(needOpenToTheDemoCompany(), "Bonjour, nous pouvons aider.");
        org.awaitility.Awaitility.await().pollInSameThread().atMost(java.time.Duration.ofSeconds(20))
                .until(() -> conversations.ofInterest(interest.id()).isPresent());
        return "conversation/" + conversations.ofInterest(interest.id()).orElseThrow().id();
    }

    private UUID needOpenToTheDemoCompany() {
        var pending = matching.myInterests().stream().filter(interest -> interest.status() == Interest.InterestStatus.PENDING)
                .map(Interest::needId).toList();
        return matching.needsForMe(org.alliances.matching.RecommendationFilter.none(), 0).stream()
                .map(org.alliances.matching.Recommendation::needId).filter(id -> !pending.contains(id)).findFirst().orElseThrow();
    }
}
