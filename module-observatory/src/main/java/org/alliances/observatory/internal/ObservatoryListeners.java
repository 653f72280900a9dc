package org.alliances.observatory.internal;

import org.alliances.diagnosis.DiagnosisCompleted;
import org.alliances.kernel.OrganizationRegistered;
import org.alliances.kernel.OrganizationUpdated;
import org.alliances.matching.InterestDeclined;
import org.alliances.matching.InterestExpressed;
import org.alliances.matching.InterestLapsed;
import org.alliances.matching.MatchConfirmed;
import org.alliances.matching.NeedClosed;
import org.alliances.matching.NeedPublished;
import org.alliances.partnerships.ContributionRecorded;
import org.alliances.partnerships.ContributionRemoved;
import org.alliances.partnerships.PartnershipModelEvolved;
import org.alliances.partnerships.PartnershipStageChanged;
import org.alliances.partnerships.PartnershipStarted;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Follows the modules' events into the read model; each is applied once, however often it is delivered. */
@Component
class ObservatoryListeners {

    private final EventApplier applier;

    ObservatoryListeners(EventApplier applier) {
        this.applier = applier;
    }

    @ApplicationModuleListener
    void on(OrganizationRegistered event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(OrganizationUpdated event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(DiagnosisCompleted event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(NeedPublished event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(NeedClosed event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(InterestExpressed event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(MatchConfirmed event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(InterestDeclined event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(InterestLapsed event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(PartnershipStarted event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(PartnershipStageChanged event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(PartnershipModelEvolved event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(ContributionRecorded event) {
        applier.apply(event);
    }

    @ApplicationModuleListener
    void on(ContributionRemoved event) {
        applier.apply(event);
    }
}
