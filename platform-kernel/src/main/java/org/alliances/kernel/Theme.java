package org.alliances.kernel;

/**
 * The causes a need, an offer or a resource is about. Labels in the kernel's bundle under {@code theme.<CODE>}.
 */
public enum Theme {
    ENVIRONMENT,
    BIODIVERSITY,
    CLIMATE_ENERGY,
    CIRCULAR_ECONOMY,
    DISABILITY,
    INCLUSION_EMPLOYMENT,
    EDUCATION,
    CHILDHOOD_FAMILY,
    YOUTH,
    HEALTH,
    CULTURE_HERITAGE,
    SPORT,
    SOLIDARITY_POVERTY,
    AGEING,
    HOUSING,
    MOBILITY,
    DIGITAL_INCLUSION,
    FOOD,
    EQUALITY_DIVERSITY,
    CITIZENSHIP,
    RURAL_VITALITY,
    INTERNATIONAL_SOLIDARITY;

    public String labelKey() {
        return "theme." + name();
    }
}
