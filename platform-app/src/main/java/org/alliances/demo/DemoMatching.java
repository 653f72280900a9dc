package org.alliances.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.alliances.matching.Reach;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The matching part of the demo: partner profiles for the demo companies, needs for the demo associations (the
 * demo association has two published and a draft), and one interest of the demo company waiting for an answer.
 * Each call runs as the member it names (DemoData signs in for it).
 */
@Component
@Profile("demo")
class DemoMatching {

    private final MatchingService matching;
    private final Clock clock;

    DemoMatching(MatchingService matching, Clock clock) {
        this.matching = matching;
        this.clock = clock;
    }

    /** The demo company: logistics and volunteering around Lyon. */
    void demoCompanyProfile() {
        var contributions = new EnumMap<Contribution, Integer>(Contribution.class);
        contributions.put(Contribution.EMPLOYEE_VOLUNTEERING, 300);
        contributions.put(Contribution.SKILLS_VOLUNTEERING, 120);
        contributions.put(Contribution.LOGISTICS_PREMISES, null);
        matching.saveProfile(Set.of(Theme.INCLUSION_EMPLOYMENT, Theme.ENVIRONMENT, Theme.MOBILITY), contributions,
                Set.of("69266", "69383", "69259"), List.of(Category.PATRONAGE, Category.RESPONSIBLE_PRACTICES));
    }

    /** A generated company: two themes, two contributions, present in its commune. */
    void companyProfile(String communeCode, Random random) {
        var themes = new LinkedHashSet<Theme>();
        while (themes.size() < 2) {
            themes.add(pick(Theme.values(), random));
        }
        var contributions = new EnumMap<Contribution, Integer>(Contribution.class);
        while (contributions.size() < 2) {
            var contribution = pick(Contribution.values(), random);
            contributions.put(contribution, contribution.unit() == Contribution.Unit.NONE ? null : 50 * (1 + random.nextInt(40)));
        }
        var first = pick(Category.values(), random);
        matching.saveProfile(themes, contributions, Set.of(communeCode), List.of(first));
    }

    /** The demo association's needs: two published, one draft; returns the first published need's id. */
    java.util.UUID demoAssociationNeeds() {
        var today = LocalDate.now(clock);
        var garden = matching.publish(null, new NeedForm("Des bénévoles pour créer un jardin partagé à la Duchère",
                "Nous ouvrons un deuxième jardin au printemps : il faut défricher, construire les bacs et poser le récupérateur "
                        + "d'eau. Des équipes de salariés volontaires, quatre samedis, encadrées par nos jardiniers.",
                Set.of(Theme.ENVIRONMENT, Theme.FOOD), Contribution.EMPLOYEE_VOLUNTEERING, Set.of(CooperationModel.ACTIVE_ENGAGEMENT),
                "69384", Reach.DEPARTMENT, today.plusMonths(2), today.plusMonths(4), new BigDecimal("160")));
        matching.publish(null, new NeedForm("Un local pour ranger nos outils",
                "Un garage ou une réserve de 15 m² près de la Croix-Rousse, accessible le week-end.",
                Set.of(Theme.ENVIRONMENT), Contribution.LOGISTICS_PREMISES, Set.of(CooperationModel.TRADITIONAL_PATRONAGE),
                "69384", Reach.LOCAL, null, today.plusMonths(6), null));
        matching.saveDraft(null, new NeedForm("Un atelier compost avec une entreprise", "À préciser avec l'équipe.",
                Set.of(Theme.CIRCULAR_ECONOMY), null, Set.of(), "69384", Reach.DEPARTMENT, null, null, null));
        return garden.id();
    }

    /** One published need for a generated association. */
    void associationNeed(String communeCode, String associationName, Random random) {
        var contribution = pick(Contribution.values(), random);
        var theme = pick(Theme.values(), random);
        var quantity = contribution.unit() == Contribution.Unit.NONE ? null : BigDecimal.valueOf(20L * (1 + random.nextInt(50)));
        matching.publish(null, new NeedForm(title(contribution),
                associationName + " cherche une entreprise partenaire près de chez elle pour faire avancer son projet.",
                Set.of(theme), contribution, Set.copyOf(contribution.suggestedModels()), communeCode,
                random.nextBoolean() ? Reach.DEPARTMENT : Reach.REGION, null, LocalDate.now(clock).plusMonths(1 + random.nextInt(6)), quantity));
    }

    void expressInterest(java.util.UUID needId) {
        matching.expressInterest(needId, "Nos équipes peuvent venir quatre samedis ; nous avons aussi une camionnette pour les bacs.");
    }

    private static String title(Contribution contribution) {
        return switch (contribution) {
            case MONEY -> "Un soutien financier pour notre projet";
            case SKILLS_VOLUNTEERING -> "Des compétences pour structurer notre association";
            case EMPLOYEE_VOLUNTEERING -> "Des bénévoles pour nos actions";
            case GOODS -> "Du matériel pour nos activités";
            case LOGISTICS_PREMISES -> "Un local ou de la logistique";
            case SERVICE_PURCHASE -> "Faire connaître nos prestations";
            case OFFER_CO_BUILDING -> "Construire une offre avec une entreprise";
            case CO_INNOVATION -> "Expérimenter une innovation ensemble";
        };
    }

    private static <T> T pick(T[] values, Random random) {
        return values[random.nextInt(values.length)];
    }
}
