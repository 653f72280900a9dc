package org.alliances.matching.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Proximity;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.PartnerProfile;
import org.alliances.matching.Reach;
import org.alliances.matching.Recommendation.Reason;

/**
 * Scores how well a company and an association's need suit each other, from both sides, with the reasons.
 * Pure: the proximity of two communes is given by a function (the kernel's territory hierarchy).
 * <p>
 * The association's side asks "can this company bring what I need, near enough?" (contribution, themes,
 * proximity); the company's side asks "does this need serve what I aim at?" (categories, themes, proximity,
 * maturity, freshness). The final score is the <b>harmonic mean</b> of both sides, as reciprocal recommenders do:
 * a pair is only recommended when it suits both, a strong side cannot hide a weak one.
 * Hard rules come first: only a published need within its deadline, only a company within the need's reach.
 */
public final class MatchScoring {

    // The association's side (weights add up to 1).
    /** A partner who can bring the very contribution sought is what a need is published for. */
    static final double ASSOCIATION_CONTRIBUTION_WEIGHT = 0.40;
    /** A shared cause makes a partnership last. */
    static final double ASSOCIATION_THEME_WEIGHT = 0.35;
    /** Partners close by meet more easily; the reach already excludes those too far. */
    static final double ASSOCIATION_PROXIMITY_WEIGHT = 0.25;

    // The company's side (weights add up to 1).
    /** A company chooses a kind of partnership from its objectives: the categories it targets weigh most. */
    static final double COMPANY_CATEGORY_WEIGHT = 0.40;
    /** The causes it cares about. */
    static final double COMPANY_THEME_WEIGHT = 0.30;
    /** Its local roots: needs where it is present first. */
    static final double COMPANY_PROXIMITY_WEIGHT = 0.20;
    /** Co-construction models (economic cooperation, societal innovation) need a partnership maturity. */
    static final double COMPANY_MATURITY_WEIGHT = 0.10;

    /** A need untouched for this long counts less, down to {@link #OLDEST_FRESHNESS}: it may no longer be current. */
    static final Duration FRESHNESS_HORIZON = Duration.ofDays(90);
    static final double OLDEST_FRESHNESS = 0.7;

    /** How much proximity is worth, from the same commune to the other end of France. */
    static final Map<Proximity, Double> PROXIMITY_VALUE = Map.of(
            Proximity.SAME_COMMUNE, 1.0, Proximity.SAME_EPCI, 0.85, Proximity.SAME_DEPARTMENT, 0.65,
            Proximity.SAME_REGION, 0.4, Proximity.NATIONAL, 0.15);

    /** A company without a diagnosis is neither penalised nor favoured on maturity. */
    static final double UNKNOWN_MATURITY = 0.5;

    /** What the engine knows of a need. */
    public record NeedFacts(UUID id, UUID organizationId, String title, Set<Theme> themes, Contribution contribution,
                            Set<CooperationModel> models, String communeCode, Reach reach, BigDecimal quantity,
                            LocalDate deadline, Instant lastActivityAt) {
    }

    /** A score from 0 to 100 and the reasons of every factor that counted. */
    public record Scored(int score, List<Reason> reasons) {
    }

    @FunctionalInterface
    public interface ProximityOf {
        Proximity between(String communeCode, String otherCommuneCode);
    }

    private MatchScoring() {
    }

    /**
     * @return empty when a hard rule excludes the pair (need closed or past its deadline, company out of reach, the
     * same organisation on both sides)
     */
    public static Optional<Scored> score(NeedFacts need, PartnerProfile company, ProximityOf proximityOf, LocalDate today, Instant now) {
        if (need.organizationId().equals(company.organizationId()) || (need.deadline() != null && need.deadline().isBefore(today))) {
            return Optional.empty();
        }
        var proximity = closest(need.communeCode(), company.communeCodes(), proximityOf);
        if (proximity == null || !need.reach().covers(proximity)) {
            return Optional.empty();
        }
        var reasons = new ArrayList<Reason>();
        reasons.add(new Reason("matching.reason.proximity." + proximity.name(), List.of()));
        double proximityValue = proximityValue(proximity.ordinal());

        var commonThemes = need.themes().stream().filter(company.themes()::contains).sorted().toList();
        double themeValue = share(commonThemes.size(), need.themes().size());
        commonThemes.forEach(theme -> reasons.add(new Reason("matching.reason.theme", List.of(theme.labelKey()))));

        double contributionValue = 0;
        if (company.contributions().containsKey(need.contribution())) {
            var capacity = company.contributions().get(need.contribution());
            contributionValue = capacityValue(capacity, need.quantity());
            if (need.quantity() == null || need.quantity().signum() == 0 || capacity == null) {
                reasons.add(new Reason("matching.reason.contribution", List.of(need.contribution().labelKey())));
            } else {
                reasons.add(new Reason(contributionValue >= 1 ? "matching.reason.capacity.enough" : "matching.reason.capacity.part",
                        List.of(need.contribution().labelKey()), List.of(String.valueOf(capacity), need.quantity().stripTrailingZeros().toPlainString())));
            }
        }

        double categoryValue = categoryFit(need.models(), company.targetCategories(), reasons);
        double maturityValue = maturityFit(need.models(), company.maturity(), reasons);

        return Optional.of(new Scored(combine(contributionValue, themeValue, proximityValue, categoryValue, maturityValue,
                freshness(need.lastActivityAt(), now)), List.copyOf(reasons)));
    }

    /**
     * The score from 0 to 100 from the factors' values (each from 0 to 1): the harmonic mean of the association's side
     * and the company's side. The in-memory index calls it too, so that both give the very same scores.
     */
    static int combine(double contributionValue, double themeValue, double proximityValue, double categoryValue,
                       double maturityValue, double freshness) {
        double associationSide = ASSOCIATION_CONTRIBUTION_WEIGHT * contributionValue + ASSOCIATION_THEME_WEIGHT * themeValue
                + ASSOCIATION_PROXIMITY_WEIGHT * proximityValue;
        double companySide = (COMPANY_CATEGORY_WEIGHT * categoryValue + COMPANY_THEME_WEIGHT * themeValue
                + COMPANY_PROXIMITY_WEIGHT * proximityValue + COMPANY_MATURITY_WEIGHT * maturityValue) * freshness;
        double harmonic = associationSide + companySide == 0 ? 0 : 2 * associationSide * companySide / (associationSide + companySide);
        return (int) Math.round(100 * harmonic);
    }

    /** How much of the quantity sought a capacity covers; 1 when either is not counted. */
    static double capacityValue(Integer capacity, BigDecimal quantity) {
        boolean counted = isCounted(quantity);
        return capacityValue(capacity == null ? NO_CAPACITY : capacity, counted, counted ? quantity.doubleValue() : 0);
    }

    /** Whether a need's quantity counts in the score: a quantity of none or zero does not. */
    static boolean isCounted(BigDecimal quantity) {
        return quantity != null && quantity.signum() != 0;
    }

    // ---- the factors in compact form: the only place they are computed, by the scoring above and the index's scans ----

    /** A capacity the company did not give. */
    static final int NO_CAPACITY = -1;

    /** A share from 0 to 1: {@code part} out of {@code whole}, 0 when there is nothing to share. */
    static double share(int part, int whole) {
        return whole == 0 ? 0 : (double) part / whole;
    }

    /** The value of the closest proximity, by its rank from the same commune (0) to national (4). */
    static double proximityValue(int proximityRank) {
        return PROXIMITY_VALUES[proximityRank];
    }

    private static final double[] PROXIMITY_VALUES = java.util.Arrays.stream(Proximity.values())
            .mapToDouble(proximity -> PROXIMITY_VALUE.get(proximity)).toArray();

    /** How much of the quantity sought a capacity covers; 1 when either is not counted ({@link #NO_CAPACITY}). */
    static double capacityValue(int capacity, boolean quantityCounted, double quantity) {
        return !quantityCounted || capacity == NO_CAPACITY ? 1 : Math.min(1, capacity / quantity);
    }

    /** The contribution factor: 0 when the company does not offer the contribution, else how much its capacity covers. */
    static double contributionValue(boolean offered, int capacity, boolean quantityCounted, double quantity) {
        return offered ? capacityValue(capacity, quantityCounted, quantity) : 0;
    }

    /** The share of the need's themes the company shares, as bit masks of themes. */
    static double themeValue(long needThemes, int needThemeCount, long companyThemes) {
        return share(Long.bitCount(needThemes & companyThemes), needThemeCount);
    }

    /**
     * The share of the need's models in a category the company targets: each model's categories as four bits
     * ({@code modelCategories}, model after model), the company's targets as a mask of categories.
     */
    static double categoryValue(long modelCategories, int modelCount, int targets) {
        if (targets == 0) {
            return 0;
        }
        int fitting = 0;
        for (int m = 0; m < modelCount; m++) {
            if (((modelCategories >>> (4 * m)) & targets) != 0) {
                fitting++;
            }
        }
        return share(fitting, modelCount);
    }

    /** Entry-door models suit every maturity; co-construction asks for a structured partner; unknown counts half. */
    static double maturityValue(boolean coConstruction, MaturityLevel maturity) {
        if (!coConstruction) {
            return 1;
        }
        return maturity == null ? UNKNOWN_MATURITY : maturity.isLow() ? 0 : 1;
    }

    /**
     * The share of the need's models that belong to a category the company targets; a crossroads model counts for
     * both its categories. Each fitting model gives a reason naming the category targeted and the model.
     */
    static double categoryFit(Set<CooperationModel> models, List<Category> targets, List<Reason> reasons) {
        if (targets.isEmpty()) {
            return 0;
        }
        int fitting = 0;
        for (var model : models.stream().sorted().toList()) {
            var target = targets.stream().filter(model::belongsTo).findFirst();
            if (target.isPresent()) {
                fitting++;
                reasons.add(new Reason("matching.reason.category", List.of(target.get().labelKey(), model.labelKey())));
            }
        }
        return share(fitting, models.size());
    }

    /** Entry-door models suit every maturity; a model that is all co-construction asks for a structured partner. */
    static double maturityFit(Set<CooperationModel> models, MaturityLevel maturity, List<Reason> reasons) {
        var coConstruction = models.stream().filter(model -> model.categories().stream().noneMatch(Category::isEntryDoor))
                .sorted().findFirst();
        double value = maturityValue(coConstruction.isPresent(), maturity);
        if (coConstruction.isPresent() && value == 1) {
            reasons.add(new Reason("matching.reason.maturity", List.of(coConstruction.get().labelKey())));
        }
        return value;
    }

    static double freshness(Instant lastActivityAt, Instant now) {
        if (lastActivityAt == null) {
            return 1;
        }
        return freshness(Duration.between(lastActivityAt, now).toMillis());
    }

    /** The freshness after so many milliseconds without activity (the in-memory index computes them itself). */
    static double freshness(long millisWithoutActivity) {
        double age = Math.max(0, millisWithoutActivity) / (double) FRESHNESS_HORIZON.toMillis();
        return Math.max(OLDEST_FRESHNESS, 1 - (1 - OLDEST_FRESHNESS) * age);
    }

    static Proximity closest(String communeCode, Set<String> others, ProximityOf proximityOf) {
        return others.stream().map(other -> proximityOf.between(communeCode, other)).filter(java.util.Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null);
    }
}
