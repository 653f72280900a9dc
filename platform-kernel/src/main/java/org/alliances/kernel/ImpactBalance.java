package org.alliances.kernel;

/**
 * How the double impact of a category is balanced between the company's performance and the general interest.
 * Weights go from 1 (secondary) to 3 (main), so that a chart can draw both sides.
 */
public enum ImpactBalance {

    MOSTLY_COMPANY(3, 1),
    MOSTLY_GENERAL_INTEREST(1, 3),
    ECONOMIC_FIRST(3, 2),
    BALANCED(2, 2);

    private final int companyWeight;
    private final int generalInterestWeight;

    ImpactBalance(int companyWeight, int generalInterestWeight) {
        this.companyWeight = companyWeight;
        this.generalInterestWeight = generalInterestWeight;
    }

    public int companyWeight() {
        return companyWeight;
    }

    public int generalInterestWeight() {
        return generalInterestWeight;
    }

    public String labelKey() {
        return "impact." + name();
    }
}
