package org.alliances.demo;

import java.time.LocalDate;
import java.util.Set;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.resources.CurationService;
import org.alliances.resources.LibraryService;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceForm;
import org.alliances.resources.ResourceType;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The library part of the demo: fictional case studies on real communes of four départements, published, so that
 * "Études de cas" and the search have field experience to show; and one member proposal waiting for the curators.
 * Each call runs as the member it names (DemoData signs in for it).
 */
@Component
@Profile("demo")
class DemoLibrary {

    private final LibraryService library;
    private final CurationService curation;

    DemoLibrary(LibraryService library, CurationService curation) {
        this.library = library;
        this.curation = curation;
    }

    /** As a curator: the demo case studies, published. */
    void caseStudies() {
        publish("Des salariés bénévoles au potager solidaire de Villeurbanne", "69266", Category.PATRONAGE, CooperationModel.ACTIVE_ENGAGEMENT,
                Theme.FOOD, "Association d'aide alimentaire et PME de logistique", 2023, 2025,
                "Une entreprise de logistique a envoyé des équipes de salariés volontaires, un samedi par mois, cultiver le potager qui fournit l'épicerie solidaire du quartier.",
                "Quatre tonnes de légumes distribuées par an, 180 familles servies.", "42 salariés engagés, une équipe plus soudée entre sites.");
        publish("Un audit des achats avec une association d'insertion à Grenoble", "38185", Category.RESPONSIBLE_PRACTICES,
                CooperationModel.PRACTICES_AUDIT, Theme.INCLUSION_EMPLOYMENT, "Entreprise d'insertion et ETI industrielle", 2022, 2024,
                "L'association a passé en revue les achats de l'entreprise et proposé les lots qu'une structure d'insertion pouvait reprendre.",
                "Douze emplois d'insertion créés sur deux ans.", "Quinze pour cent des achats de services confiés à des structures inclusives.");
        publish("Une offre commune de réemploi du mobilier de bureau à Nantes", "44109", Category.ECONOMIC_COOPERATION,
                CooperationModel.JOINT_OFFER, Theme.CIRCULAR_ECONOMY, "Ressourcerie et entreprise de services aux bureaux", 2021, 2025,
                "Une ressourcerie et une entreprise de services ont construit ensemble une offre de reprise et de réemploi du mobilier pour les entreprises de la métropole.",
                "Huit cents tonnes de mobilier réemployées, six emplois en insertion.", "Une nouvelle ligne de chiffre d'affaires et des clients gagnés sur les appels d'offres.");
        publish("Un mécénat de compétences numériques à Bordeaux", "33063", Category.PATRONAGE, CooperationModel.EXPERTISE_SHARING,
                Theme.DIGITAL_INCLUSION, "Association d'inclusion numérique et entreprise de services numériques", 2024, 2025,
                "Des développeurs ont donné deux jours par mois pour refaire l'outil de prise de rendez-vous de l'association et former ses bénévoles.",
                "Deux fois plus de personnes accompagnées dans leurs démarches en ligne.", "Des salariés qui découvrent un autre usage de leur métier ; un prototype repris en interne.");
    }

    /** As a member: a proposal waiting for the curators. */
    void proposal() {
        library.propose(new ResourceForm(ResourceType.PRACTICAL_SHEET, Purpose.ACT, "Fiche : accueillir une équipe de salariés bénévoles",
                "Ce que nous avons appris en accueillant des équipes d'entreprise sur nos jardins : préparer, encadrer, remercier.", "",
                "Les Jardins partagés de la Croix-Rousse", null, 2026, null, null, Set.of(OrganizationType.ASSOCIATION),
                Set.of(Category.PATRONAGE), Set.of(CooperationModel.ACTIVE_ENGAGEMENT), Set.of(Theme.ENVIRONMENT), null, null, null, null,
                null, null, null));
    }

    private void publish(String title, String commune, Category category, CooperationModel model, Theme theme, String partners, int from,
                         int to, String what, String forGeneralInterest, String forCompany) {
        var created = curation.create(new ResourceForm(ResourceType.CASE_STUDY, Purpose.ACT, title, what, "", "Démonstration Alliances", null,
                to, null, null, Set.of(OrganizationType.ASSOCIATION, OrganizationType.COMPANY), Set.of(category), Set.of(model), Set.of(theme),
                commune, partners, LocalDate.of(from, 1, 15), LocalDate.of(to, 6, 30), forGeneralInterest, forCompany, null));
        curation.publish(created.id());
    }
}
