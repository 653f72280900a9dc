package org.alliances.matching;

import java.util.List;

import org.alliances.kernel.CooperationModel;

/**
 * What an association seeks and a company can offer. Each contribution suggests the cooperation models it usually
 * takes, and says in which unit its quantity is counted (none when it is not counted).
 */
public enum Contribution {
    MONEY(Unit.EUROS, CooperationModel.TRADITIONAL_PATRONAGE),
    SKILLS_VOLUNTEERING(Unit.HOURS, CooperationModel.EXPERTISE_SHARING, CooperationModel.ACTIVE_ENGAGEMENT),
    EMPLOYEE_VOLUNTEERING(Unit.HOURS, CooperationModel.ACTIVE_ENGAGEMENT),
    GOODS(Unit.NONE, CooperationModel.TRADITIONAL_PATRONAGE),
    LOGISTICS_PREMISES(Unit.NONE, CooperationModel.TRADITIONAL_PATRONAGE, CooperationModel.ACTIVE_ENGAGEMENT),
    SERVICE_PURCHASE(Unit.EUROS, CooperationModel.SERVICE_PROVISION, CooperationModel.GENERAL_INTEREST_ALTERNATIVE),
    OFFER_CO_BUILDING(Unit.NONE, CooperationModel.JOINT_OFFER, CooperationModel.HYBRID_MODEL),
    CO_INNOVATION(Unit.NONE, CooperationModel.SOCIETAL_RD, CooperationModel.EXPERTISE_SHARING);

    /** How a quantity of this contribution is counted. */
    public enum Unit { EUROS, HOURS, NONE }

    private final Unit unit;
    private final List<CooperationModel> suggestedModels;

    Contribution(Unit unit, CooperationModel... suggestedModels) {
        this.unit = unit;
        this.suggestedModels = List.of(suggestedModels);
    }

    public Unit unit() {
        return unit;
    }

    /** The models this contribution usually takes, the most usual first. */
    public List<CooperationModel> suggestedModels() {
        return suggestedModels;
    }

    public String labelKey() {
        return "matching.contribution." + name();
    }
}
