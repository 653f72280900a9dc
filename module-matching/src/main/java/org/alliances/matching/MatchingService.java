package org.alliances.matching;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Theme;
import org.alliances.matching.Interest.InterestStatus;
import org.alliances.matching.internal.Interests;
import org.alliances.matching.internal.MatchIndex;
import org.alliances.matching.internal.MatchScoring;
import org.alliances.matching.internal.MatchingChecks;
import org.alliances.matching.internal.MatchingModeration;
import org.alliances.matching.internal.Needs;
import org.alliances.matching.internal.Profiles;
import org.alliances.matching.internal.Scan;
import org.alliances.matching.internal.StoredInterest;
import org.alliances.matching.internal.StoredNeed;
import org.alliances.matching.internal.StoredProfile;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The matching module's facade: associations publish needs and answer interests, companies keep a partner profile
 * and say they are interested; both read ranked recommendations with their reasons. Every method acts for the
 * signed-in member's organisation.
 */
@Service
public class MatchingService {

    static final String ASSOCIATION = "hasRole('" + Roles.ASSOCIATION + "')";
    static final String COMPANY = "hasRole('" + Roles.COMPANY + "')";

    /** A page of recommendations. */
    public static final int PAGE_SIZE = 20;
    /** Scores this close are near-equal: fair exposure orders them by fewest pending interests first. */
    static final int NEAR_EQUAL_SCORES = 5;


    private final Needs needs;
    private final Profiles profiles;
    private final Interests interests;
    private final MatchIndex index;
    private final CurrentOrganization currentOrganization;
    private final OrganizationService organizations;
    private final Territories territories;
    private final MatchingChecks checks;
    private final MatchingModeration moderation;
    private final Clock clock;

    MatchingService(Needs needs, Profiles profiles, Interests interests, MatchIndex index, CurrentOrganization currentOrganization,
                    OrganizationService organizations, Territories territories, MatchingChecks checks, MatchingModeration moderation,
                    Clock clock) {
        this.moderation = moderation;
        this.needs = needs;
        this.profiles = profiles;
        this.interests = interests;
        this.index = index;
        this.currentOrganization = currentOrganization;
        this.organizations = organizations;
        this.territories = territories;
        this.checks = checks;
        this.clock = clock;
    }

    // ---- needs -------------------------------------------------------------------------------------------------

    /**
     * Saves a need as a draft (new when {@code needId} is null). A draft needs a title only, but what is filled in
     * must be right.
     *
     * @throws InvalidInputException with every problem found; nothing is saved then
     */
    @PreAuthorize(ASSOCIATION)
    @Transactional
    public Need saveDraft(UUID needId, NeedForm form) {
        checks.need(form, false).throwIfAny();
        return save(needId, form, false);
    }

    /**
     * Publishes a need (new when {@code needId} is null), or saves the changes of a published one: it is then
     * recommended to companies.
     *
     * @throws InvalidInputException with every problem found; nothing is saved then
     */
    @PreAuthorize(ASSOCIATION)
    @Transactional
    public Need publish(UUID needId, NeedForm form) {
        checks.need(form, true).throwIfAny();
        return save(needId, form, true);
    }

    private Need save(UUID needId, NeedForm form, boolean publish) {
        var me = publish ? currentOrganization.requireWithProvenEmail() : me();
        StoredNeed need;
        if (needId == null) {
            need = new StoredNeed(me.id(), form, clock.instant());
        } else {
            need = needs.findByIdAndOrganizationId(needId, me.id())
                    .orElseThrow(() -> InvalidInputException.of("need", "matching.need.unknown"));
            if (need.status().isClosed()) {
                throw InvalidInputException.of("need", "matching.need.closed");
            }
            need.write(form, clock.instant());
        }
        if (publish) {
            need.publish(clock.instant());
        }
        var saved = needs.save(need);
        index.needChanged(saved.id());
        return saved.toNeed();
    }

    /** Closes one of the association's needs as fulfilled or abandoned; its pending interests stay readable. */
    @PreAuthorize(ASSOCIATION)
    @Transactional
    public Need close(UUID needId, NeedStatus closedAs) {
        if (closedAs != NeedStatus.FULFILLED && closedAs != NeedStatus.ABANDONED) {
            throw InvalidInputException.of("status", "matching.need.close.status");
        }
        var need = needs.findByIdAndOrganizationId(needId, me().id())
                .orElseThrow(() -> InvalidInputException.of("need", "matching.need.unknown"));
        need.close(closedAs, clock.instant());
        index.needChanged(needId);
        return needs.save(need).toNeed();
    }

    @PreAuthorize(ASSOCIATION)
    @Transactional(readOnly = true)
    public List<Need> myNeeds() {
        return needs.findByOrganizationIdOrderByCreatedAtDesc(me().id()).stream().map(StoredNeed::toNeed).toList();
    }

    /** A need its association reads, or a published need any company reads (unless the moderation hid it); empty otherwise. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Optional<Need> need(UUID needId) {
        var me = me();
        return needs.findById(needId)
                .filter(need -> need.organizationId().equals(me.id()) || need.status() == NeedStatus.PUBLISHED && !moderation.isHidden(needId))
                .map(StoredNeed::toNeed);
    }

    // ---- partner profile ---------------------------------------------------------------------------------------

    /** The company's profile; a company that never saved one starts from its head office and its last diagnosis. */
    @PreAuthorize(COMPANY)
    @Transactional(readOnly = true)
    public PartnerProfile myProfile() {
        var me = me();
        return profiles.findById(me.id()).map(StoredProfile::toProfile)
                .orElseGet(() -> new StoredProfile(me.id(), me.communeCode(), clock.instant()).toProfile());
    }

    /**
     * @throws InvalidInputException when a commune is unknown, none is given, a capacity is negative, or no
     *                               contribution, theme or category is chosen; nothing is saved then
     */
    @PreAuthorize(COMPANY)
    @Transactional
    public PartnerProfile saveProfile(Set<Theme> themes, Map<Contribution, Integer> contributions, Set<String> communeCodes,
                                      List<Category> targets) {
        checks.profile(themes, contributions, communeCodes, targets).throwIfAny();
        var me = currentOrganization.requireWithProvenEmail();
        var profile = profiles.findById(me.id()).orElseGet(() -> new StoredProfile(me.id(), me.communeCode(), clock.instant()));
        profile.change(themes, contributions, communeCodes, targets, clock.instant());
        index.profileChanged(me.id());
        return profiles.save(profile).toProfile();
    }

    // ---- recommendations ---------------------------------------------------------------------------------------

    /** Companies recommended for one of the association's needs, best first, {@link #PAGE_SIZE} a page. */
    @PreAuthorize(ASSOCIATION)
    @Transactional(readOnly = true)
    public Page<Recommendation> companiesFor(UUID needId, RecommendationFilter filter, int page) {
        var need = needs.findByIdAndOrganizationId(needId, me().id())
                .filter(found -> found.status() == NeedStatus.PUBLISHED)
                .orElseThrow(() -> InvalidInputException.of("need", "matching.need.unknown"));
        var facts = need.facts();
        var scan = index.companiesFor(need.id(), filter, LocalDate.now(clock), clock.instant());
        var pending = pendingCounts(interests.pendingByCompany());
        return page(scan, page, position -> {
            var company = index.company(scan.organizationId(position)).orElseThrow();
            return new Ranked(new Recommendation(need.id(), need.title(), company.id(), company.name(), scan.score(position), List.of()),
                    pending.getOrDefault(company.id(), 0L));
        }, recommendation -> withReasons(recommendation, facts, index.company(recommendation.organizationId()).orElseThrow().profile()));
    }

    /** Needs recommended to the company, best first, {@link #PAGE_SIZE} a page. */
    @PreAuthorize(COMPANY)
    @Transactional(readOnly = true)
    public Page<Recommendation> needsForMe(RecommendationFilter filter, int page) {
        var me = me();
        var profile = myProfile();
        var scan = index.needsFor(me.id(), profile, filter, LocalDate.now(clock), clock.instant());
        var pending = pendingCounts(interests.pendingByAssociation());
        return page(scan, page, position -> {
            var need = index.need(scan.needId(position)).orElseThrow();
            return new Ranked(new Recommendation(need.id(), need.title(), need.organizationId(), need.organizationName(), scan.score(position),
                    List.of()), pending.getOrDefault(need.organizationId(), 0L));
        }, recommendation -> withReasons(recommendation, index.need(recommendation.needId()).orElseThrow().facts(), profile));
    }

    /** The reasons are worked out for the page shown only, by the scoring model itself. */
    private Recommendation withReasons(Recommendation recommendation, MatchScoring.NeedFacts need, PartnerProfile company) {
        var reasons = MatchScoring.score(need, company, territories::proximity, LocalDate.now(clock), clock.instant())
                .map(MatchScoring.Scored::reasons).orElse(List.of());
        return new Recommendation(recommendation.needId(), recommendation.needTitle(), recommendation.organizationId(),
                recommendation.organizationName(), recommendation.score(), reasons);
    }

    record Ranked(Recommendation recommendation, long pendingInterests) {
    }

    /**
     * Best scores first; among near-equal scores (the same band of {@link #NEAR_EQUAL_SCORES} points) the organisation
     * with fewer pending interests comes first, so that the same few do not take all the attention.
     */
    static final Comparator<Ranked> FAIR_ORDER = Comparator
            .comparingInt((Ranked ranked) -> ranked.recommendation().score() / NEAR_EQUAL_SCORES).reversed()
            .thenComparingLong(Ranked::pendingInterests)
            .thenComparing(Comparator.comparingInt((Ranked ranked) -> ranked.recommendation().score()).reversed())
            .thenComparing(ranked -> ranked.recommendation().organizationName());

    /**
     * One page in fair order. Only the candidates that can reach this page are ranked: those whose score is in the
     * band of the page's last place or above (the fair order never moves a candidate across bands).
     */
    private static Page<Recommendation> page(Scan scan, int page, java.util.function.IntFunction<Ranked> rank,
                                             java.util.function.UnaryOperator<Recommendation> explain) {
        var ranked = new ArrayList<Ranked>();
        for (int position : scan.best((page + 1) * PAGE_SIZE, NEAR_EQUAL_SCORES)) {
            ranked.add(rank.apply(position));
        }
        ranked.sort(FAIR_ORDER);
        int from = Math.min(page * PAGE_SIZE, ranked.size());
        int to = Math.min(from + PAGE_SIZE, ranked.size());
        return new PageImpl<>(ranked.subList(from, to).stream().map(item -> explain.apply(item.recommendation())).toList(),
                PageRequest.of(page, PAGE_SIZE), scan.size());
    }

    private static Map<UUID, Long> pendingCounts(List<Interests.PendingCount> counts) {
        var result = new HashMap<UUID, Long>();
        counts.forEach(count -> result.put(count.getOrganizationId(), count.getPending()));
        return result;
    }

    // ---- interests ---------------------------------------------------------------------------------------------

    /**
     * The company says it is interested in a published need, with a short message.
     *
     * @throws InvalidInputException when the need is not open, the company already waits for an answer on it, or
     *                               the message is too long
     */
    @PreAuthorize(COMPANY)
    @Transactional
    public Interest expressInterest(UUID needId, String message) {
        var me = currentOrganization.requireWithProvenEmail();
        var need = needs.findById(needId).filter(found -> found.status() == NeedStatus.PUBLISHED && !moderation.isHidden(needId))
                .filter(found -> found.toNeed().deadline() == null || !found.toNeed().deadline().isBefore(LocalDate.now(clock)))
                .orElseThrow(() -> InvalidInputException.of("need", "matching.need.unknown"));
        var problems = new InvalidInputException.Collector();
        Interest.MESSAGE.check("message", message, problems);
        problems.throwIfAny();
        if (interests.existsByNeedIdAndCompanyIdAndStatus(needId, me.id(), InterestStatus.PENDING)) {
            throw InvalidInputException.of("message", "matching.interest.already");
        }
        need.touch(clock.instant());
        needs.save(need);
        index.needChanged(needId);
        var interest = interests.save(new StoredInterest(needId, me.id(), need.organizationId(),
                message == null ? null : message.strip(), clock.instant()));
        return interest.toInterest(need.title(), me.name());
    }

    /** The interests the association received on its needs, newest first. */
    @PreAuthorize(ASSOCIATION)
    @Transactional(readOnly = true)
    public List<Interest> interestsReceived() {
        return describe(interests.findByAssociationIdOrderByExpressedAtDesc(me().id()));
    }

    /** The interests the company expressed, newest first, with the answers. */
    @PreAuthorize(COMPANY)
    @Transactional(readOnly = true)
    public List<Interest> myInterests() {
        return describe(interests.findByCompanyIdOrderByExpressedAtDesc(me().id()));
    }

    /**
     * Accepts an interest on one of the association's needs with the model chosen among the need's: a confirmed
     * match, announced by {@link MatchConfirmed}.
     *
     * @throws InvalidInputException when the interest is not one of the association's, was already answered, or the
     *                               model is not one of the need's
     */
    @PreAuthorize(ASSOCIATION)
    @Transactional
    public Interest accept(UUID interestId, CooperationModel model) {
        var interest = pendingInterestOfMine(interestId);
        var need = needs.findById(interest.needId()).orElseThrow();
        if (model == null || !need.toNeed().models().contains(model)) {
            throw InvalidInputException.of("model", "matching.interest.model.required");
        }
        interest.accept(model, need.communeCode(), clock.instant());
        need.touch(clock.instant());
        needs.save(need);
        index.needChanged(need.id());
        return describe(List.of(interests.save(interest))).getFirst();
    }

    /** Declines an interest on one of the association's needs, with an optional reason the company reads. */
    @PreAuthorize(ASSOCIATION)
    @Transactional
    public Interest decline(UUID interestId, String reason) {
        var problems = new InvalidInputException.Collector();
        Interest.DECLINE_REASON.check("reason", reason, problems);
        problems.throwIfAny();
        var interest = pendingInterestOfMine(interestId);
        interest.decline(reason == null || reason.isBlank() ? null : reason.strip(), clock.instant());
        return describe(List.of(interests.save(interest))).getFirst();
    }

    /**
     * How often interests get an answer: for an association, the interests it answered among those no longer waiting;
     * for a company, the answers it received among its interests no longer waiting.
     */
    @PreAuthorize(ASSOCIATION + " or " + COMPANY)
    @Transactional(readOnly = true)
    public ResponseRate myResponseRate() {
        var me = me();
        var answered = List.of(InterestStatus.ACCEPTED, InterestStatus.DECLINED);
        var settled = List.of(InterestStatus.ACCEPTED, InterestStatus.DECLINED, InterestStatus.LAPSED);
        if (me.type() == OrganizationType.COMPANY) {
            return new ResponseRate((int) interests.countByCompanyIdAndStatusIn(me.id(), answered),
                    (int) interests.countByCompanyIdAndStatusIn(me.id(), settled));
        }
        return new ResponseRate((int) interests.countByAssociationIdAndStatusIn(me.id(), answered),
                (int) interests.countByAssociationIdAndStatusIn(me.id(), settled));
    }

    private StoredInterest pendingInterestOfMine(UUID interestId) {
        var interest = interests.findByIdAndAssociationId(interestId, me().id())
                .orElseThrow(() -> new AccessDeniedException("Not an interest in one of your needs"));
        if (interest.status() != InterestStatus.PENDING) {
            throw InvalidInputException.of("interest", "matching.interest.answered");
        }
        return interest;
    }

    private List<Interest> describe(List<StoredInterest> stored) {
        var needTitles = needs.findAllById(stored.stream().map(StoredInterest::needId).collect(Collectors.toSet())).stream()
                .collect(Collectors.toMap(StoredNeed::id, StoredNeed::title));
        var companies = organizations.findAll(stored.stream().map(StoredInterest::companyId).collect(Collectors.toSet()));
        return stored.stream().map(interest -> interest.toInterest(needTitles.getOrDefault(interest.needId(), ""),
                Optional.ofNullable(companies.get(interest.companyId())).map(Organization::name).orElse(""))).toList();
    }

    private Organization me() {
        return currentOrganization.require();
    }
}
