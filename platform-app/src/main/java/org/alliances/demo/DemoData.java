package org.alliances.demo;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import net.datafaker.Faker;
import org.alliances.accounts.AccountService;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.accounts.EmailVerification;
import org.alliances.diagnosis.Answers;
import org.alliances.diagnosis.DiagnosisService;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Sector;
import org.alliances.kernel.SizeBand;
import org.alliances.kernel.Territories;
import org.alliances.kernel.TerritoryLevel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/**
 * Loads the demo once (it checks for the demo association's account first): the demo accounts of the four roles,
 * realistic fictional associations and companies (Datafaker, French locale, a fixed seed) over real communes of
 * the Rhône, Isère, Loire-Atlantique and Gironde, and one local authority's request waiting for the admin. The demo
 * association and company have each taken the diagnosis and share it with each other, so that results and the
 * comparison can be seen at once. Every demo association has a published need and every demo company a partner
 * profile, so that recommendations have something to rank; the demo company's interest in the demo association's
 * garden waits for an answer.
 */
@Component
@Profile("demo")
@Order(10)
class DemoData implements ApplicationRunner {

    static final String ASSOCIATION_EMAIL = "association@demo.alliances.fr";
    static final String COMPANY_EMAIL = "entreprise@demo.alliances.fr";
    static final String AUTHORITY_EMAIL = "collectivite@demo.alliances.fr";
    static final String PENDING_AUTHORITY_EMAIL = "agent.grenoble@demo.alliances.fr";

    /** Lyon, Villeurbanne, Vénissieux, Grenoble, Échirolles, Voiron, Nantes, Saint-Nazaire, Rezé, Bordeaux, Mérignac, Pessac. */
    static final List<String> COMMUNES = List.of("69123", "69266", "69259", "38185", "38151", "38563", "44109", "44184",
            "44143", "33063", "33281", "33318");

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final List<String> ASSOCIATION_PATTERNS = List.of("Les Jardins partagés de %s", "%s Solidaire",
            "Collectif Emploi %s", "Sport pour tous %s", "Les Petits Débrouillards de %s", "Entraide numérique %s",
            "Épicerie sociale de %s", "Handi'Cap %s", "Lire et écrire à %s", "Repair café de %s");

    /** The demo association: a few first partnerships, run by volunteers. */
    static final Map<String, List<String>> ASSOCIATION_ANSWERS = Map.ofEntries(
            Map.entry("experience.history", List.of("occasional")), Map.entry("experience.depth", List.of("support")),
            Map.entry("strategy.place", List.of("opportunities")), Map.entry("strategy.carrier", List.of("volunteer")),
            Map.entry("commitment.time", List.of("hours")), Map.entry("commitment.means", List.of("occasional")),
            Map.entry("commitment.contributions", List.of("project_to_support", "volunteering_missions", "field_expertise")),
            Map.entry("relations.network", List.of("regular")), Map.entry("relations.trust", List.of("formal")),
            Map.entry("evaluation.practice", List.of("informal")), Map.entry("evaluation.use", List.of("report")),
            Map.entry("objectives.priorities", List.of("fund_project", "mobilise_volunteers", "change_practices")));

    /** The demo company: partnerships carried by a CSR manager, looking for a joint offer. */
    static final Map<String, List<String>> COMPANY_ANSWERS = Map.ofEntries(
            Map.entry("experience.history", List.of("several")), Map.entry("experience.depth", List.of("exchange")),
            Map.entry("strategy.place", List.of("axis")), Map.entry("strategy.carrier", List.of("dedicated")),
            Map.entry("commitment.time", List.of("days")), Map.entry("commitment.means", List.of("yearly")),
            Map.entry("commitment.contributions", List.of("employee_volunteering", "skills", "purchasing")),
            Map.entry("relations.network", List.of("regular")), Map.entry("relations.trust", List.of("open")),
            Map.entry("evaluation.practice", List.of("indicators")), Map.entry("evaluation.use", List.of("adjust")),
            Map.entry("objectives.priorities", List.of("staff_engagement", "purchasing", "offer_with_social_actor")));

    private final AccountService accounts;
    private final Territories territories;
    private final DiagnosisService diagnoses;
    private final DemoMatching demoMatching;
    private final DemoPartnerships demoPartnerships;
    private final DemoConversations demoConversations;
    private final DemoLibrary demoLibrary;
    private final DemoMembers demoMembers;
    private final DemoMailbox mailbox;
    private final EmailVerification emailVerification;
    private final String password;
    private final String adminEmail;
    private final org.springframework.jdbc.core.JdbcTemplate jdbc;

    DemoData(AccountService accounts, Territories territories, DiagnosisService diagnoses, DemoMatching demoMatching,
             DemoPartnerships demoPartnerships, DemoConversations demoConversations, DemoLibrary demoLibrary, DemoMembers demoMembers, DemoMailbox mailbox,
             EmailVerification emailVerification, @Value("${alliances.demo.password}") String password,
             @Value("${alliances.admin.email}") String adminEmail, org.springframework.jdbc.core.JdbcTemplate jdbc) {
        this.adminEmail = adminEmail;
        this.jdbc = jdbc;
        this.demoMembers = demoMembers;
        this.mailbox = mailbox;
        this.emailVerification = emailVerification;
        this.accounts = accounts;
        this.territories = territories;
        this.diagnoses = diagnoses;
        this.demoMatching = demoMatching;
        this.demoPartnerships = demoPartnerships;
        this.demoConversations = demoConversations;
        this.demoLibrary = demoLibrary;
        this.password = password;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (accounts.findByEmail(ASSOCIATION_EMAIL).isPresent()) {
            log.info("Demo data already loaded");
            return;
        }
        jdbc.update("insert into demo_load (started_at) values (now())");
        var faker = new Faker(Locale.FRENCH, new Random(2026));
        var random = new Random(2026);
        register(OrganizationRegistration.association("Les Jardins partagés de la Croix-Rousse", "W691000017", "69384"),
                credentials(ASSOCIATION_EMAIL));
        register(OrganizationRegistration.company("Rhône Logistique Solidaire", siren(faker), "69266",
                Sector.TRANSPORT, SizeBand.MEDIUM), credentials(COMPANY_EMAIL));
        var metropole = territories.searchTerritories("Métropole de Lyon", List.of(TerritoryLevel.EPCI), 0, 1).getFirst();
        var authority = accounts.requestLocalAuthorityAccess(metropole, credentials(AUTHORITY_EMAIL));
        asAdmin(() -> accounts.approve(authority.id()));
        emailVerification.confirm(mailbox.latestToken(AUTHORITY_EMAIL, EmailVerification.CONFIRM_ROUTE), Locale.FRENCH);
        var grenoble = territories.territory(TerritoryLevel.COMMUNE, "38185").orElseThrow();
        accounts.requestLocalAuthorityAccess(grenoble, credentials(PENDING_AUTHORITY_EMAIL));

        for (int i = 0; i < 30; i++) {
            var commune = territories.commune(COMMUNES.get(i % COMMUNES.size())).orElseThrow();
            var name = String.format(ASSOCIATION_PATTERNS.get(i % ASSOCIATION_PATTERNS.size()), commune.name());
            var rna = "W" + commune.departmentCode() + faker.number().digits(7);
            var fullName = name + (i >= ASSOCIATION_PATTERNS.size() ? " " + (i / 10 + 1) : "");
            var email = "association" + (i + 1) + "@demo.alliances.fr";
            register(OrganizationRegistration.association(fullName, rna, commune.code()), credentials(email));
            as(email, Roles.ASSOCIATION, () -> demoMatching.associationNeed(commune.code(), fullName, random));
        }
        var sectors = Sector.values();
        var sizes = SizeBand.values();
        for (int i = 0; i < 20; i++) {
            var commune = COMMUNES.get((i * 5) % COMMUNES.size());
            var email = "entreprise" + (i + 1) + "@demo.alliances.fr";
            register(OrganizationRegistration.company(faker.company().name(), siren(faker), commune,
                    sectors[faker.number().numberBetween(0, sectors.length)], sizes[faker.number().numberBetween(0, sizes.length)]),
                    credentials(email));
            as(email, Roles.COMPANY, () -> demoMatching.companyProfile(commune, random));
        }
        var associationId = accounts.findByEmail(ASSOCIATION_EMAIL).orElseThrow().organizationId();
        var companyId = accounts.findByEmail(COMPANY_EMAIL).orElseThrow().organizationId();
        var gardenNeed = new java.util.concurrent.atomic.AtomicReference<java.util.UUID>();
        as(ASSOCIATION_EMAIL, Roles.ASSOCIATION, () -> {
            takeDiagnosis(ASSOCIATION_ANSWERS);
            diagnoses.shareWith(companyId);
            gardenNeed.set(demoMatching.demoAssociationNeeds());
        });
        as(COMPANY_EMAIL, Roles.COMPANY, () -> {
            demoMatching.demoCompanyProfile();
            takeDiagnosis(COMPANY_ANSWERS);
            diagnoses.shareWith(associationId);
            demoMatching.expressInterest(gardenNeed.get());
        });
        var vanLoan = new java.util.concurrent.atomic.AtomicReference<java.util.UUID>();
        as(ASSOCIATION_EMAIL, Roles.ASSOCIATION, () -> vanLoan.set(demoPartnerships.declareVanLoan(companyId)));
        as(COMPANY_EMAIL, Roles.COMPANY, () -> demoPartnerships.confirmVanLoan(vanLoan.get(), companyId));
        as(ASSOCIATION_EMAIL, Roles.ASSOCIATION, () -> demoPartnerships.evaluateVanLoan(vanLoan.get()));
        demoConversations.vanLoanTalk(vanLoan.get(), ASSOCIATION_EMAIL, COMPANY_EMAIL);
        as("association1@demo.alliances.fr", Roles.ASSOCIATION,
                () -> demoPartnerships.declareWaitingForDemoCompany(companyId, COMMUNES.getFirst()));
        var compost = new java.util.concurrent.atomic.AtomicReference<java.util.UUID>();
        as("entreprise2@demo.alliances.fr", Roles.COMPANY, () -> compost.set(demoPartnerships.declareCompostService(associationId)));
        as(ASSOCIATION_EMAIL, Roles.ASSOCIATION, () -> demoPartnerships.confirm(compost.get()));
        as("entreprise2@demo.alliances.fr", Roles.COMPANY, () -> demoPartnerships.closeCompostService(compost.get()));
        territoryPartnerships();
        asAdmin(demoLibrary::caseStudies);
        as(ASSOCIATION_EMAIL, Roles.ASSOCIATION, demoLibrary::proposal);
        demoMembers.colleagues(password);
        jdbc.update("update demo_load set completed_at = now() where completed_at is null");
        log.info("Demo data loaded: 31 associations with 32 published needs, 21 companies with partner profiles, 2 local authorities (one pending), 2 diagnoses shared, 1 interest waiting, 3 partnerships of the demo organisations (at evaluation, to confirm, outcome awaited), 3 messages in the first one and 14 more in the Métropole de Lyon, 4 case studies and 1 proposal in the library, a second member and a pending invitation in the demo association, two agents in the demo local authority");
    }

    /**
     * Partnerships between the generated associations and companies in the Métropole de Lyon, one per model, started
     * over the last two years: confirmed with a contribution, some at their evaluation, two moved on to a neighbouring
     * model. What the demo local authority's observatory shows.
     */
    private void territoryPartnerships() {
        var places = List.of("69123", "69266", "69259", "69381", "69384", "69388", "69029", "69149", "69256");
        var models = org.alliances.kernel.CooperationModel.values();
        for (int i = 0; i < 14; i++) {
            var model = models[i % models.length];
            var associationEmail = "association" + (i + 2) + "@demo.alliances.fr";
            var companyEmail = "entreprise" + (i % 19 + 2) + "@demo.alliances.fr";
            var companyId = accounts.findByEmail(companyEmail).orElseThrow().organizationId();
            int index = i;
            var id = new java.util.concurrent.atomic.AtomicReference<java.util.UUID>();
            as(associationEmail, Roles.ASSOCIATION,
                    () -> id.set(demoPartnerships.declareInTerritory(companyId, model, places.get(index % places.size()), 1 + index * 3 / 2)));
            if (i == 13) {
                continue;
            }
            as(companyEmail, Roles.COMPANY, () -> demoPartnerships.confirmWithContribution(id.get(), companyId, index));
            if (i % 2 == 0) {
                as(associationEmail, Roles.ASSOCIATION, () -> demoPartnerships.evaluateAndEvolve(id.get(), model, index % 4 == 0 && index < 8));
            }
        }
    }

    /** Answers every step of today's questionnaire with the given option codes, then completes it. */
    private void takeDiagnosis(Map<String, List<String>> chosen) {
        var diagnosis = diagnoses.start();
        var steps = diagnosis.questionnaire().steps();
        for (var step : steps) {
            var answers = new LinkedHashMap<String, Set<String>>();
            step.questions().forEach(question -> answers.put(question.code(), Set.copyOf(chosen.get(question.code()))));
            if (step == steps.getLast()) {
                diagnoses.complete(diagnosis.id(), step.code(), new Answers(answers));
            } else {
                diagnosis = diagnoses.saveStep(diagnosis.id(), step.code(), new Answers(answers));
            }
        }
    }

    /** Registers an organisation whose member follows the confirmation link at once, so that it can publish. */
    private org.alliances.accounts.Account register(OrganizationRegistration organization, Credentials credentials) {
        var account = accounts.register(organization, credentials);
        emailVerification.confirm(mailbox.latestToken(account.email(), EmailVerification.CONFIRM_ROUTE), Locale.FRENCH);
        return account;
    }

    private Credentials credentials(String email) {
        return new Credentials(email, password, password);
    }

    /** A fictional SIREN that passes the Luhn check: eight random digits and the check digit. */
    static String siren(Faker faker) {
        var digits = faker.number().digits(8);
        for (int check = 0; check <= 9; check++) {
            var candidate = digits + check;
            if (org.alliances.kernel.OrganizationIdentifiers.isValidSiren(candidate)) {
                return candidate;
            }
        }
        throw new IllegalStateException("No check digit for " + digits);
    }

    /** Runs an action as the platform's first admin (the journal names who decided). */
    private void asAdmin(Runnable action) {
        as(adminEmail, Roles.ADMIN, action);
    }

    /** Runs an action as a demo member would, signed in with that role. */
    static void as(String login, String role, Runnable action) {
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(login, null,
                AuthorityUtils.createAuthorityList("ROLE_" + role)));
        var previous = SecurityContextHolder.getContext();
        SecurityContextHolder.setContext(context);
        try {
            action.run();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
