package org.alliances.observatory.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.alliances.diagnosis.DiagnosisCompleted;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.OrganizationRegistered;
import org.alliances.kernel.OrganizationStatus;
import org.alliances.kernel.OrganizationUpdated;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Theme;
import org.alliances.matching.InterestDeclined;
import org.alliances.matching.InterestExpressed;
import org.alliances.matching.InterestLapsed;
import org.alliances.matching.MatchConfirmed;
import org.alliances.matching.NeedClosed;
import org.alliances.matching.NeedPublished;
import org.alliances.matching.NeedStatus;
import org.alliances.observatory.Metric;
import org.alliances.partnerships.ContributionRecorded;
import org.alliances.partnerships.ContributionRemoved;
import org.alliances.partnerships.PartnershipModelEvolved;
import org.alliances.partnerships.PartnershipStageChanged;
import org.alliances.partnerships.PartnershipStarted;
import org.alliances.partnerships.Stage;

import static org.alliances.observatory.internal.ReadModel.ContributionRow;
import static org.alliances.observatory.internal.ReadModel.InterestRow;
import static org.alliances.observatory.internal.ReadModel.NeedRow;
import static org.alliances.observatory.internal.ReadModel.OrganizationRow;

/**
 * How each event moves the observatory's figures. Every event has a key built from what it says (ids, dates, from and
 * to), the same whether it arrives live or from a replay, so applying it twice changes nothing. An event about
 * something not seen yet (a stage change before the start arrived) is refused with {@link MissingPredecessor}: the
 * caller keeps it until what it awaits arrives ({@link #awaits}, {@link #provides}).
 */
final class Projection {

    private static final int MAXIMUM_RESPONSE_HOURS = 24 * 365;

    private Projection() {
    }

    /**
     * How the observatory follows one kind of event: the key that makes applying it twice change nothing, the things it
     * is about (two events about the same thing are applied one after the other), what it brings that others may wait
     * for, and how it moves the figures (false when it changes nothing).
     */
    private record Rule<E extends DomainEvent>(Class<E> type, Function<E, String> key, Function<E, List<String>> about,
                                               Function<E, String> provides, BiPredicate<E, ReadModel> move) {

        boolean apply(DomainEvent event, ReadModel model) {
            var typed = type.cast(event);
            return model.firstTime(type.getSimpleName() + ":" + key.apply(typed)) && move.test(typed, model);
        }
    }

    private static <E extends DomainEvent> Rule<E> rule(Class<E> type, Function<E, String> key, Function<E, List<String>> about,
                                                       Function<E, String> provides, BiPredicate<E, ReadModel> move) {
        return new Rule<>(type, key, about, provides, move);
    }

    private static <T> Function<T, String> nothing() {
        return event -> null;
    }

    /** Every event the observatory counts, one rule each: adding an event is adding its rule here. */
    private static final Map<Class<?>, Rule<?>> RULES = Stream.of(
            rule(OrganizationRegistered.class, e -> e.organizationId().toString(), e -> List.of(organization(e.organizationId())),
                    e -> organization(e.organizationId()), Projection::registered),
            rule(OrganizationUpdated.class, e -> e.organizationId() + ":" + e.updatedAt() + ":" + e.status() + ":" + e.communeCode(),
                    e -> List.of(organization(e.organizationId())), e -> organization(e.organizationId()), Projection::updated),
            rule(DiagnosisCompleted.class, e -> e.diagnosisId().toString(), e -> List.of(organization(e.organizationId())), nothing(),
                    Projection::diagnosed),
            rule(NeedPublished.class, e -> e.needId() + ":" + e.communeCode() + ":" + new TreeSet<>(e.themes()) + ":" + new TreeSet<>(e.models()),
                    e -> List.of(need(e.needId())), e -> need(e.needId()), Projection::published),
            rule(NeedClosed.class, e -> e.needId().toString(), e -> List.of(need(e.needId())), nothing(), Projection::closed),
            rule(InterestExpressed.class, e -> e.interestId().toString(), e -> List.of(interest(e.interestId()), need(e.needId())),
                    e -> interest(e.interestId()), Projection::expressed),
            rule(MatchConfirmed.class, e -> e.interestId().toString(), e -> List.of(interest(e.interestId())), nothing(), Projection::matched),
            rule(InterestDeclined.class, e -> e.interestId().toString(), e -> List.of(interest(e.interestId())), nothing(),
                    (e, model) -> answered(e.interestId(), e.declinedAt(), model)),
            rule(InterestLapsed.class, e -> e.interestId().toString(), e -> List.of(interest(e.interestId())), nothing(),
                    (e, model) -> answered(e.interestId(), null, model)),
            rule(PartnershipStarted.class, e -> e.partnershipId().toString(), e -> List.of(partnership(e.partnershipId())),
                    e -> partnership(e.partnershipId()), Projection::started),
            rule(PartnershipStageChanged.class, e -> e.partnershipId() + ":" + e.changedAt() + ":" + e.from() + ":" + e.to(),
                    e -> List.of(partnership(e.partnershipId())), nothing(), Projection::moved),
            rule(PartnershipModelEvolved.class, e -> e.partnershipId() + ":" + e.evolvedAt() + ":" + e.from() + ":" + e.to(),
                    e -> List.of(partnership(e.partnershipId())), nothing(), Projection::evolved),
            rule(ContributionRecorded.class, e -> e.contributionId().toString(), e -> List.of(partnership(e.partnershipId())),
                    e -> contribution(e.contributionId()), Projection::recorded),
            rule(ContributionRemoved.class, e -> e.contributionId().toString(), e -> List.of(partnership(e.partnershipId())), nothing(),
                    Projection::removed)
    ).collect(Collectors.toUnmodifiableMap(Rule::type, rule -> rule));

    /** Whether the observatory counts this kind of event. */
    static boolean follows(DomainEvent event) {
        return RULES.containsKey(event.getClass());
    }

    /** Applies the event; false when it was applied before or is not one the observatory follows. */
    static boolean apply(DomainEvent event, ReadModel model) {
        var rule = RULES.get(event.getClass());
        return rule != null && rule.apply(event, model);
    }

    /** What the event is about: applying two events about the same thing one after the other keeps parking exact. */
    static List<String> about(DomainEvent event) {
        var rule = RULES.get(event.getClass());
        return rule == null ? List.of() : about(rule, event);
    }

    /** What the event brings that others may be waiting for. */
    static Optional<String> provides(DomainEvent event) {
        var rule = RULES.get(event.getClass());
        return rule == null ? Optional.empty() : Optional.ofNullable(provides(rule, event));
    }

    private static <E extends DomainEvent> List<String> about(Rule<E> rule, DomainEvent event) {
        return rule.about().apply(rule.type().cast(event));
    }

    private static <E extends DomainEvent> String provides(Rule<E> rule, DomainEvent event) {
        return rule.provides().apply(rule.type().cast(event));
    }

    static String organization(UUID id) {
        return "organization:" + id;
    }

    static String need(UUID id) {
        return "need:" + id;
    }

    static String interest(UUID id) {
        return "interest:" + id;
    }

    static String partnership(UUID id) {
        return "partnership:" + id;
    }

    static String contribution(UUID id) {
        return "contribution:" + id;
    }

    static int month(Instant at) {
        return at == null ? 0 : month(LocalDate.ofInstant(at, Territories.TIME_ZONE));
    }

    static int month(LocalDate day) {
        return day.getYear() * 100 + day.getMonthValue();
    }

    private static void countWithMonth(ReadModel model, String commune, Metric metric, String dimension, int month, long count) {
        model.add(commune, metric, dimension, count);
        if (month != 0) {
            model.add(commune, metric, dimension, month, count, BigDecimal.ZERO);
        }
    }

    // organisations

    /** An organisation joins when it is active: at registration, or when a pending one is approved (never a request alone). */
    private static boolean registered(OrganizationRegistered e, ReadModel model) {
        if (e.status() == OrganizationStatus.ACTIVE) {
            countWithMonth(model, e.communeCode(), Metric.ORGANIZATIONS_JOINED, e.type().name(), month(e.registeredAt()), 1);
        }
        if (model.organization(e.organizationId()).isPresent()) {
            return true;
        }
        var row = new OrganizationRow(e.organizationId(), e.type().name(), e.communeCode(), e.status().name(), null, null);
        model.save(row);
        countOrganization(row, 1, model);
        return true;
    }

    private static boolean updated(OrganizationUpdated e, ReadModel model) {
        var before = model.organization(e.organizationId());
        var after = before.map(row -> new OrganizationRow(row.id(), e.type().name(), e.communeCode(), e.status().name(),
                        row.maturity(), row.maturityAt()))
                .orElseGet(() -> new OrganizationRow(e.organizationId(), e.type().name(), e.communeCode(), e.status().name(), null, null));
        before.ifPresent(row -> countOrganization(row, -1, model));
        if (before.map(row -> OrganizationStatus.PENDING.name().equals(row.status())).orElse(false)
                && OrganizationStatus.ACTIVE.name().equals(after.status())) {
            countWithMonth(model, after.communeCode(), Metric.ORGANIZATIONS_JOINED, after.type(), month(e.updatedAt()), 1);
        }
        model.save(after);
        countOrganization(after, 1, model);
        return true;
    }

    /** An active organisation counts by type; its latest maturity counts wherever it is. */
    private static void countOrganization(OrganizationRow row, int sign, ReadModel model) {
        if (OrganizationStatus.ACTIVE.name().equals(row.status())) {
            model.add(row.communeCode(), Metric.ORGANIZATIONS, row.type(), sign);
        }
        if (row.maturity() != null) {
            model.add(row.communeCode(), Metric.MATURITY, row.maturity(), sign);
        }
    }

    private static boolean diagnosed(DiagnosisCompleted e, ReadModel model) {
        var row = model.organization(e.organizationId())
                .orElseThrow(() -> new MissingPredecessor(organization(e.organizationId())));
        countWithMonth(model, row.communeCode(), Metric.DIAGNOSES, "", month(e.completedAt()), 1);
        if (row.maturityAt() == null || e.completedAt().isAfter(row.maturityAt())) {
            if (row.maturity() != null) {
                model.add(row.communeCode(), Metric.MATURITY, row.maturity(), -1);
            }
            model.add(row.communeCode(), Metric.MATURITY, e.maturityLevel().name(), 1);
            model.save(new OrganizationRow(row.id(), row.type(), row.communeCode(), row.status(), e.maturityLevel().name(), e.completedAt()));
        }
        return true;
    }

    // needs and interests

    private static boolean published(NeedPublished e, ReadModel model) {
        var categories = e.models().stream().flatMap(m -> m.categories().stream())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Category.class)));
        var before = model.need(e.needId());
        var after = new NeedRow(e.needId(), e.communeCode(), Set.copyOf(e.themes()), Set.copyOf(categories),
                before.map(NeedRow::status).orElse(NeedStatus.PUBLISHED.name()));
        if (before.isEmpty()) {
            countWithMonth(model, e.communeCode(), Metric.NEEDS_PUBLISHED, "", month(e.publishedAt()), 1);
            model.add(e.communeCode(), Metric.NEEDS, after.status(), 1);
        } else {
            countUnmet(before.get(), -1, model);
            if (!before.get().communeCode().equals(after.communeCode())) {
                model.add(before.get().communeCode(), Metric.NEEDS_PUBLISHED, "", -1);
                model.add(before.get().communeCode(), Metric.NEEDS, after.status(), -1);
                model.add(after.communeCode(), Metric.NEEDS_PUBLISHED, "", 1);
                model.add(after.communeCode(), Metric.NEEDS, after.status(), 1);
            }
        }
        model.save(after);
        countUnmet(after, 1, model);
        return true;
    }

    private static boolean closed(NeedClosed e, ReadModel model) {
        var before = model.need(e.needId()).orElseThrow(() -> new MissingPredecessor(need(e.needId())));
        var after = new NeedRow(before.id(), before.communeCode(), before.themes(), before.categories(), e.status().name());
        countUnmet(before, -1, model);
        model.add(before.communeCode(), Metric.NEEDS, before.status(), -1);
        model.add(after.communeCode(), Metric.NEEDS, after.status(), 1);
        countUnmet(after, 1, model);
        model.save(after);
        return true;
    }

    /** A need is unmet while open, or when it expired without a partner. */
    private static void countUnmet(NeedRow need, int sign, ReadModel model) {
        if (need.status().equals(NeedStatus.PUBLISHED.name()) || need.status().equals(NeedStatus.EXPIRED.name())) {
            need.themes().stream().map(Theme::name).forEach(theme -> model.add(need.communeCode(), Metric.UNMET_BY_THEME, theme, sign));
            need.categories().stream().map(Category::name)
                    .forEach(category -> model.add(need.communeCode(), Metric.UNMET_BY_CATEGORY, category, sign));
        }
    }

    private static boolean expressed(InterestExpressed e, ReadModel model) {
        var need = model.need(e.needId()).orElseThrow(() -> new MissingPredecessor(need(e.needId())));
        model.save(new InterestRow(e.interestId(), need.communeCode(), e.expressedAt(), false));
        model.add(need.communeCode(), Metric.INTERESTS, "", 1);
        return true;
    }

    private static boolean matched(MatchConfirmed e, ReadModel model) {
        answered(e.interestId(), e.confirmedAt(), model);
        countWithMonth(model, e.communeCode(), Metric.MATCHES, "", month(e.confirmedAt()), 1);
        return true;
    }

    /** The association's answer (none when the interest lapsed) counts once in the response times. */
    private static boolean answered(UUID interestId, Instant answeredAt, ReadModel model) {
        var interest = model.interest(interestId).orElseThrow(() -> new MissingPredecessor(interest(interestId)));
        if (!interest.answered()) {
            model.save(new InterestRow(interest.id(), interest.communeCode(), interest.expressedAt(), true));
            if (answeredAt != null) {
                var hours = Math.clamp(Duration.between(interest.expressedAt(), answeredAt).toHours(), 0, MAXIMUM_RESPONSE_HOURS);
                model.add(interest.communeCode(), Metric.RESPONSE_HOURS, Long.toString(hours), 1);
            }
        }
        return true;
    }

    // partnerships

    private static boolean started(PartnershipStarted e, ReadModel model) {
        model.savePartnership(e.partnershipId(), e.communeCode());
        countWithMonth(model, e.communeCode(), Metric.PARTNERSHIPS_STARTED, "", month(e.startedOn()), 1);
        model.add(e.communeCode(), Metric.PARTNERSHIPS_BY_STAGE, e.stage().name(), 1);
        if (e.stage() != Stage.DECLINED) {
            model.add(e.communeCode(), Metric.PARTNERSHIPS_BY_MODEL, e.model().name(), 1);
        }
        return true;
    }

    private static String communeOf(UUID partnershipId, ReadModel model) {
        return model.partnershipCommune(partnershipId).orElseThrow(() -> new MissingPredecessor(partnership(partnershipId)));
    }

    private static boolean moved(PartnershipStageChanged e, ReadModel model) {
        var commune = communeOf(e.partnershipId(), model);
        model.add(commune, Metric.PARTNERSHIPS_BY_STAGE, e.from().name(), -1);
        model.add(commune, Metric.PARTNERSHIPS_BY_STAGE, e.to().name(), 1);
        if (e.to() == Stage.DECLINED && e.from() != Stage.DECLINED) {
            model.add(commune, Metric.PARTNERSHIPS_BY_MODEL, e.model().name(), -1);
        }
        return true;
    }

    private static boolean evolved(PartnershipModelEvolved e, ReadModel model) {
        var commune = communeOf(e.partnershipId(), model);
        model.add(commune, Metric.PARTNERSHIPS_BY_MODEL, e.from().name(), -1);
        model.add(commune, Metric.PARTNERSHIPS_BY_MODEL, e.to().name(), 1);
        model.add(commune, Metric.MODEL_FLOWS, flow(e.from(), e.to()), 1);
        return true;
    }

    static String flow(CooperationModel from, CooperationModel to) {
        return from.name() + ">" + to.name();
    }

    private static boolean recorded(ContributionRecorded e, ReadModel model) {
        var commune = communeOf(e.partnershipId(), model);
        if (!model.hasContribution(e.partnershipId(), e.kind())) {
            model.add(commune, Metric.CONTRIBUTORS, e.kind().name(), 1);
        }
        model.save(new ContributionRow(e.contributionId(), e.partnershipId(), e.kind(), e.amount()));
        model.add(commune, Metric.CONTRIBUTIONS, e.kind().name(), 0, 1, e.amount());
        return true;
    }

    private static boolean removed(ContributionRemoved e, ReadModel model) {
        var contribution = model.contribution(e.contributionId()).orElseThrow(() -> new MissingPredecessor(contribution(e.contributionId())));
        var commune = communeOf(contribution.partnershipId(), model);
        model.delete(contribution);
        model.add(commune, Metric.CONTRIBUTIONS, contribution.kind().name(), 0, -1, contribution.amount().negate());
        if (!model.hasContribution(contribution.partnershipId(), contribution.kind())) {
            model.add(commune, Metric.CONTRIBUTORS, contribution.kind().name(), -1);
        }
        return true;
    }

    /** The event follows another that has not arrived yet: it waits for {@link #awaited()}. */
    static final class MissingPredecessor extends IllegalStateException {

        private final String awaited;

        MissingPredecessor(String awaited) {
            super("The observatory has not seen " + awaited + " yet");
            this.awaited = awaited;
        }

        String awaited() {
            return awaited;
        }
    }
}
