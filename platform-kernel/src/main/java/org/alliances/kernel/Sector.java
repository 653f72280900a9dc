package org.alliances.kernel;

/** The sector of a company: the sections of the French NAF rev. 2 classification. */
public enum Sector {
    AGRICULTURE, MINING, MANUFACTURING, ENERGY, WATER_WASTE, CONSTRUCTION, TRADE, TRANSPORT, HOSPITALITY,
    INFORMATION_COMMUNICATION, FINANCE_INSURANCE, REAL_ESTATE, PROFESSIONAL_SCIENTIFIC, ADMINISTRATIVE_SUPPORT,
    PUBLIC_ADMINISTRATION, EDUCATION, HEALTH_SOCIAL_WORK, ARTS_RECREATION, OTHER_SERVICES;

    public String labelKey() {
        return "sector." + name();
    }
}
