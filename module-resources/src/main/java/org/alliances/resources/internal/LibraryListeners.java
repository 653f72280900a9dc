package org.alliances.resources.internal;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;

import org.alliances.diagnosis.DiagnosisCompleted;
import org.alliances.kernel.Territories;
import org.alliances.partnerships.PartnershipClosed;
import org.alliances.partnerships.PartnershipModelEvolved;
import org.alliances.partnerships.PartnershipStageChanged;
import org.alliances.partnerships.PartnershipStarted;
import org.alliances.partnerships.Stage;
import org.alliances.resources.Purpose;
import org.alliances.resources.ResourceForm;
import org.alliances.resources.ResourceType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The library follows the other modules: an organisation's latest diagnosis and its partnerships' models (for "Pour
 * vous"), and a closed partnership both partners agreed to share becomes a draft case study in the curators' review
 * queue. Every listener is idempotent: an event delivered again changes nothing more.
 */
@Component
class LibraryListeners {

    private final JdbcTemplate jdbc;
    private final Resources resources;
    private final Territories territories;
    private final Clock clock;

    LibraryListeners(JdbcTemplate jdbc, Resources resources, Territories territories, Clock clock) {
        this.jdbc = jdbc;
        this.resources = resources;
        this.territories = territories;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DiagnosisCompleted event) {
        var best = event.rankedCategories().stream().limit(2).map(Enum::name).toArray(String[]::new);
        var models = event.recommendedModels().stream().map(Enum::name).toArray(String[]::new);
        jdbc.update("insert into resources_organization_profile (organization_id, organization_type, maturity, categories, models, "
                + "diagnosis_completed_at) values (?, ?, ?, ?, ?, ?) on conflict (organization_id) do update set organization_type = "
                + "excluded.organization_type, maturity = excluded.maturity, categories = excluded.categories, models = excluded.models, "
                + "diagnosis_completed_at = excluded.diagnosis_completed_at where resources_organization_profile.diagnosis_completed_at is null "
                + "or resources_organization_profile.diagnosis_completed_at < excluded.diagnosis_completed_at",
                event.organizationId(), event.organizationType().name(), event.maturityLevel().name(), best, models,
                java.sql.Timestamp.from(event.completedAt()));
    }

    @ApplicationModuleListener
    void on(PartnershipStarted event) {
        if (event.stage() != Stage.PROPOSED) {
            follow(event.partnershipId(), event.associationId(), event.companyId(), event.model().name());
        }
    }

    @ApplicationModuleListener
    void on(PartnershipStageChanged event) {
        if (event.to().isFinal()) {
            jdbc.update("delete from resources_partnership_model where partnership_id = ?", event.partnershipId());
        } else if (event.from() == Stage.PROPOSED) {
            follow(event.partnershipId(), event.associationId(), event.companyId(), event.model().name());
        }
    }

    @ApplicationModuleListener
    void on(PartnershipModelEvolved event) {
        follow(event.partnershipId(), event.associationId(), event.companyId(), event.to().name());
    }

    @ApplicationModuleListener
    void on(PartnershipClosed event) {
        jdbc.update("delete from resources_partnership_model where partnership_id = ?", event.partnershipId());
        if (!event.publicCaseStudy() || resources.existsByPartnershipId(event.partnershipId())) {
            return;
        }
        var french = ResourceBundle.getBundle("i18n/kernel", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        var dates = java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy");
        var model = french.getString(event.model().labelKey());
        var commune = territories.commune(event.communeCode()).map(found -> found.name()).orElse(event.communeCode());
        var summary = "Un partenariat « " + model + " » entre une association et une entreprise à " + commune + ", du "
                + dates.format(event.startedOn()) + " au " + dates.format(event.closedOn()) + ". Brouillon préparé à partir de la clôture du partenariat : "
                + "à compléter avec les deux partenaires (ce qui a été fait, ce que chacun en retire) avant publication.";
        var body = "Apports enregistrés : " + event.moneyEuros().stripTrailingZeros().toPlainString() + " € en argent, "
                + event.hours().stripTrailingZeros().toPlainString() + " heures de compétences et de bénévolat, "
                + event.estimatedInKindEuros().stripTrailingZeros().toPlainString() + " € estimés en nature et logistique. "
                + "Modèles parcourus : " + String.join(" → ", event.models().stream().map(one -> french.getString(one.labelKey())).toList()) + ".";
        var categories = event.model().categories();
        var form = new ResourceForm(ResourceType.CASE_STUDY, Purpose.ACT, "Étude de cas : " + model + " à " + commune, summary, body,
                null, null, event.closedOn().getYear(), null, null,
                Set.of(org.alliances.kernel.OrganizationType.ASSOCIATION, org.alliances.kernel.OrganizationType.COMPANY),
                categories, Set.copyOf(event.models()), Set.of(), event.communeCode(), "Association et entreprise",
                event.startedOn(), event.closedOn(), null, null, null);
        var department = territories.commune(event.communeCode()).map(found -> found.departmentCode()).orElse(null);
        resources.save(StoredResource.caseStudyDraft(event.partnershipId(), form, department, clock.instant()));
    }

    private void follow(java.util.UUID partnershipId, java.util.UUID associationId, java.util.UUID companyId, String model) {
        for (var organization : List.of(associationId, companyId)) {
            jdbc.update("insert into resources_partnership_model (partnership_id, organization_id, model) values (?, ?, ?) "
                    + "on conflict (partnership_id, organization_id) do update set model = excluded.model", partnershipId, organization, model);
        }
    }
}
