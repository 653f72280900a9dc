package org.alliances.matching.internal;

import java.time.Clock;

import org.alliances.diagnosis.DiagnosisCompleted;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationType;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Keeps a company's partner profile in step with its latest diagnosis: maturity and the two best categories as
 * targets. Idempotent: the same or an older diagnosis delivered again changes nothing.
 */
@Component
class DiagnosisListener {

    private final Profiles profiles;
    private final MatchIndex index;
    private final OrganizationService organizations;
    private final Clock clock;

    DiagnosisListener(Profiles profiles, MatchIndex index, OrganizationService organizations, Clock clock) {
        this.profiles = profiles;
        this.index = index;
        this.organizations = organizations;
        this.clock = clock;
    }

    @ApplicationModuleListener
    void on(DiagnosisCompleted event) {
        if (event.organizationType() != OrganizationType.COMPANY) {
            return;
        }
        var profile = profiles.findById(event.organizationId()).orElseGet(() -> organizations.find(event.organizationId())
                .map(company -> new StoredProfile(company.id(), company.communeCode(), clock.instant())).orElse(null));
        if (profile != null && profile.followDiagnosis(event.maturityLevel(), event.rankedCategories(), event.completedAt())) {
            profiles.save(profile);
            index.profileChanged(profile.organizationId());
        }
    }
}
