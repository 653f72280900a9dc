package org.alliances.demo;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.partnerships.ContributionForm;
import org.alliances.partnerships.ContributionKind;
import org.alliances.partnerships.Declaration;
import org.alliances.partnerships.Indicator;
import org.alliances.partnerships.IndicatorForm;
import org.alliances.partnerships.Outcome;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The partnership part of the demo: the demo association and the demo company have run a patronage partnership for
 * over a year, now at its evaluation, with what each brought and its double impact; another association waits for the
 * demo company to confirm a partnership; another company closed one with the demo association, which still owes its
 * outcome. Each call runs as the member it names (DemoData signs in for it).
 */
@Component
@Profile("demo")
class DemoPartnerships {

    private final PartnershipService partnerships;
    private final Clock clock;

    DemoPartnerships(PartnershipService partnerships, Clock clock) {
        this.partnerships = partnerships;
        this.clock = clock;
    }

    /** As the demo association: declares the van lent by the demo company for the producers' markets. */
    UUID declareVanLoan(UUID companyId) {
        return partnerships.declare(new Declaration(companyId, CooperationModel.TRADITIONAL_PATRONAGE, "69384",
                LocalDate.now(clock).minusMonths(14), "Prêt d'un utilitaire et d'un entrepôt pour les marchés de producteurs du plateau")).id();
    }

    /** As the demo company: confirms, and records what it brought and what changed for its staff. */
    void confirmVanLoan(UUID id, UUID companyId) {
        var today = LocalDate.now(clock);
        partnerships.moveTo(id, Stage.ACTIVE, "Confirmé : le prêt continue cette saison", today.plusMonths(2));
        partnerships.addContribution(id, new ContributionForm(ContributionKind.LOGISTICS, companyId, new BigDecimal("1800"),
                "Utilitaire 12 m³ un samedi sur deux, avec chauffeur", today.minusMonths(10)));
        partnerships.addContribution(id, new ContributionForm(ContributionKind.MONEY, companyId, new BigDecimal("2500"), null,
                today.minusMonths(6)));
        partnerships.addContribution(id, new ContributionForm(ContributionKind.VOLUNTEERING, companyId, new BigDecimal("48"),
                null, today.minusMonths(3)));
        partnerships.addIndicator(id, new IndicatorForm(Indicator.EMPLOYEES_ENGAGED, null, new BigDecimal("12"), null, today.minusMonths(1)));
    }

    /** As the demo association: measures the general-interest side and opens the evaluation. */
    void evaluateVanLoan(UUID id) {
        var today = LocalDate.now(clock);
        partnerships.addIndicator(id, new IndicatorForm(Indicator.PEOPLE_REACHED, null, new BigDecimal("320"), null, today.minusMonths(1)));
        partnerships.addIndicator(id, new IndicatorForm(Indicator.WASTE_AVOIDED, null, new BigDecimal("450"), null, today.minusMonths(1)));
        partnerships.moveTo(id, Stage.EVALUATION, "Bilan de la première année avant de décider de la suite", today.plusWeeks(3));
    }

    /** As a generated association: declares a partnership the demo company has to confirm. */
    void declareWaitingForDemoCompany(UUID companyId, String communeCode) {
        partnerships.declare(new Declaration(companyId, CooperationModel.ACTIVE_ENGAGEMENT, communeCode,
                LocalDate.now(clock).minusMonths(3), "Deux journées solidaires de vos salariés sur nos chantiers"));
    }

    /** As a generated company: declares a service delivered by the demo association. */
    UUID declareCompostService(UUID associationId) {
        return partnerships.declare(new Declaration(associationId, CooperationModel.SERVICE_PROVISION, "69384",
                LocalDate.now(clock).minusMonths(9), "Ateliers compost pour le restaurant d'entreprise")).id();
    }

    /** As the demo association: confirms the compost service. */
    void confirm(UUID id) {
        partnerships.moveTo(id, Stage.ACTIVE, null, null);
    }

    /** As the generated company: closes it with its outcome; the demo association still owes its own. */
    void closeCompostService(UUID id) {
        partnerships.close(id, new Outcome(true, "Moins de déchets à la cantine et des salariés sensibilisés", 4, true));
    }

    static final List<String> TERRITORY_NOTES = List.of("Mécénat pour l'aide aux devoirs", "Journées solidaires des salariés",
            "Ateliers partagés avec nos experts", "Recherche-action sur l'isolement des aînés", "Structure commune pour la réparation",
            "Offre commune de paniers solidaires", "Service d'insertion ouvert aux clients", "Audit des achats responsables",
            "Prestation de sensibilisation au handicap");

    /** As a generated association: declares a partnership with a generated company of the metropolis, some months ago. */
    UUID declareInTerritory(UUID companyId, CooperationModel model, String communeCode, int monthsAgo) {
        return partnerships.declare(new Declaration(companyId, model, communeCode, LocalDate.now(clock).minusMonths(monthsAgo),
                TERRITORY_NOTES.get(model.ordinal()))).id();
    }

    /** As the generated company: confirms, and records what it brought. */
    void confirmWithContribution(UUID id, UUID companyId, int index) {
        var today = LocalDate.now(clock);
        partnerships.moveTo(id, Stage.ACTIVE, null, today.plusMonths(2));
        var kinds = ContributionKind.values();
        var kind = kinds[index % kinds.length];
        var amount = kind.unit() == org.alliances.partnerships.MeasureUnit.HOURS ? new BigDecimal(20 + 7 * index) : new BigDecimal(800 + 350 * index);
        partnerships.addContribution(id, new ContributionForm(kind, companyId, amount,
                kind.isEstimated() ? "Matériel et transport prêtés" : null, today.minusWeeks(index + 1)));
    }

    /** As the generated association: opens the evaluation where the path allows it, then moves to a neighbouring model. */
    void evaluateAndEvolve(UUID id, CooperationModel model, boolean evolve) {
        var today = LocalDate.now(clock);
        var path = org.alliances.partnerships.Path.of(model);
        var stage = Stage.ACTIVE;
        while (!org.alliances.partnerships.Lifecycle.allows(path, stage, Stage.EVALUATION)) {
            stage = org.alliances.partnerships.Lifecycle.next(path, stage).stream()
                    .filter(next -> next != Stage.ENDED && next != Stage.DECLINED).findFirst().orElseThrow();
            partnerships.moveTo(id, stage, null, today.plusMonths(1));
        }
        partnerships.moveTo(id, Stage.EVALUATION, "Bilan partagé", today.plusWeeks(4));
        if (evolve) {
            partnerships.evolve(id, model.neighbours().getLast(), "On va plus loin ensemble", today.plusMonths(2));
        }
    }
}
