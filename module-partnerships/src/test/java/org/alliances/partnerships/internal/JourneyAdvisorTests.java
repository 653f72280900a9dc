package org.alliances.partnerships.internal;

import static org.alliances.diagnosis.MaturityLevel.AWAKENING;
import static org.alliances.diagnosis.MaturityLevel.CO_BUILDING;
import static org.alliances.diagnosis.MaturityLevel.EXPERIMENTING;
import static org.alliances.diagnosis.MaturityLevel.STRUCTURED;
import static org.assertj.core.api.Assertions.assertThat;

import org.alliances.kernel.CooperationModel;
import org.alliances.partnerships.ModelAdvice;
import org.alliances.partnerships.ModelAdvice.Reason;
import org.junit.jupiter.api.Test;

/** Advice for the next model: the neighbours on the line, judged against both partners' maturity. */
class JourneyAdvisorTests {

    @Test
    void fromActiveEngagementTheCrossroadsIsWithinReachOnlyWhenBothPartnersAreStructured() {
        var both = JourneyAdvisor.advise(CooperationModel.ACTIVE_ENGAGEMENT, STRUCTURED, CO_BUILDING);
        assertThat(both).extracting(ModelAdvice::model)
                .containsExactlyInAnyOrder(CooperationModel.TRADITIONAL_PATRONAGE, CooperationModel.EXPERTISE_SHARING);
        assertThat(both).allMatch(ModelAdvice::withinReach);
        var crossroads = both.stream().filter(advice -> advice.model() == CooperationModel.EXPERTISE_SHARING).findFirst().orElseThrow();
        assertThat(crossroads.reasons()).extracting(Reason::messageKey)
                .containsExactly("partnerships.advice.crossroads", "partnerships.advice.maturity.both");
        assertThat(crossroads.reasons().get(1).labelKeys()).containsExactly(STRUCTURED.labelKey(), CO_BUILDING.labelKey());

        var companyLow = JourneyAdvisor.advise(CooperationModel.ACTIVE_ENGAGEMENT, CO_BUILDING, EXPERIMENTING);
        assertThat(companyLow.getFirst().model()).isEqualTo(CooperationModel.TRADITIONAL_PATRONAGE);
        assertThat(companyLow.getFirst().withinReach()).isTrue();
        var held = companyLow.get(1);
        assertThat(held.model()).isEqualTo(CooperationModel.EXPERTISE_SHARING);
        assertThat(held.withinReach()).isFalse();
        assertThat(held.reasons()).extracting(Reason::messageKey).contains("partnerships.advice.maturity.low.COMPANY")
                .doesNotContain("partnerships.advice.maturity.low.ASSOCIATION", "partnerships.advice.maturity.both");
    }

    @Test
    void anUnknownOrLowMaturityOnEitherSideHoldsCoConstructionBackAndSaysWhoseItIs() {
        var advice = JourneyAdvisor.advise(CooperationModel.SOCIETAL_RD, null, AWAKENING);
        assertThat(advice).extracting(ModelAdvice::model)
                .containsExactlyInAnyOrder(CooperationModel.EXPERTISE_SHARING, CooperationModel.HYBRID_MODEL);
        assertThat(advice).noneMatch(ModelAdvice::withinReach);
        assertThat(advice.getFirst().reasons()).extracting(Reason::messageKey)
                .contains("partnerships.advice.maturity.unknown.ASSOCIATION", "partnerships.advice.maturity.low.COMPANY");
    }

    @Test
    void entryDoorsAreWithinReachWhateverTheMaturity() {
        var advice = JourneyAdvisor.advise(CooperationModel.PRACTICES_AUDIT, AWAKENING, null);
        var door = advice.stream().filter(one -> one.model() == CooperationModel.SERVICE_PROVISION).findFirst().orElseThrow();
        assertThat(door.withinReach()).isTrue();
        assertThat(door.reasons()).extracting(Reason::messageKey)
                .containsExactly("partnerships.advice.neighbour", "partnerships.advice.entry-door");
        var bridge = advice.stream().filter(one -> one.model() == CooperationModel.GENERAL_INTEREST_ALTERNATIVE).findFirst().orElseThrow();
        assertThat(bridge.withinReach()).isFalse();
        assertThat(advice.getFirst()).isSameAs(door);
    }

    @Test
    void theEndsOfTheLineHaveOneNeighbour() {
        assertThat(JourneyAdvisor.advise(CooperationModel.TRADITIONAL_PATRONAGE, STRUCTURED, STRUCTURED))
                .extracting(ModelAdvice::model).containsExactly(CooperationModel.ACTIVE_ENGAGEMENT);
        assertThat(JourneyAdvisor.advise(CooperationModel.SERVICE_PROVISION, STRUCTURED, STRUCTURED))
                .extracting(ModelAdvice::model).containsExactly(CooperationModel.PRACTICES_AUDIT);
    }
}
