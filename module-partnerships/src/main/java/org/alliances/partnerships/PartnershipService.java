package org.alliances.partnerships;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.BiFunction;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationStatus;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.partnerships.internal.Contributions;
import org.alliances.partnerships.internal.Indicators;
import org.alliances.partnerships.internal.JourneyAdvisor;
import org.alliances.partnerships.internal.Maturities;
import org.alliances.partnerships.internal.OutcomeAnnouncer;
import org.alliances.partnerships.internal.PartnershipChecks;
import org.alliances.partnerships.internal.Partnerships;
import org.alliances.partnerships.internal.StageChanges;
import org.alliances.partnerships.internal.StoredContribution;
import org.alliances.partnerships.internal.StoredIndicator;
import org.alliances.partnerships.internal.StoredMaturity;
import org.alliances.partnerships.internal.StoredPartnership;
import org.alliances.partnerships.internal.StoredStageChange;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnerships module's facade: partners follow their partnership through its stages, record what each brings and
 * the double impact, see their journey across the models and close it with an outcome. Every method acts for the
 * signed-in member's organisation, which must be one of the two partners: to anyone else a partnership does not exist.
 */
@Service
public class PartnershipService {

    static final String PARTNER = "hasAnyRole('" + Roles.ASSOCIATION + "', '" + Roles.COMPANY + "')";

    /** Two months without activity: time to remind the partners that the partnership needs them. */
    public static final Duration IDLE_AFTER = Duration.ofDays(60);
    /** The second partner has a month to give its outcome; after that the outcome is announced without it. */
    public static final Duration OUTCOME_WAIT = Duration.ofDays(30);
    public static final int PAGE_SIZE = 20;
    static final int PARTNERS_FOUND_MAX = 10;

    private final Partnerships partnerships;
    private final StageChanges history;
    private final Contributions contributions;
    private final Indicators indicators;
    private final Maturities maturities;
    private final OutcomeAnnouncer announcer;
    private final CurrentOrganization currentOrganization;
    private final OrganizationService organizations;
    private final PartnershipChecks checks;
    private final Clock clock;

    PartnershipService(Partnerships partnerships, StageChanges history, Contributions contributions, Indicators indicators,
                       Maturities maturities, OutcomeAnnouncer announcer, CurrentOrganization currentOrganization,
                       OrganizationService organizations, PartnershipChecks checks, Clock clock) {
        this.partnerships = partnerships;
        this.history = history;
        this.contributions = contributions;
        this.indicators = indicators;
        this.maturities = maturities;
        this.announcer = announcer;
        this.currentOrganization = currentOrganization;
        this.organizations = organizations;
        this.checks = checks;
        this.clock = clock;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** "Mes partenariats": those still going first, the most recently active first. */
    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public Page<Partnership> mine(int page) {
        var me = me();
        var found = partnerships.findForPartner(me.id(), PageRequest.of(page, PAGE_SIZE));
        var ids = new java.util.HashSet<UUID>();
        found.forEach(partnership -> {
            ids.add(partnership.associationId());
            ids.add(partnership.companyId());
        });
        var names = organizations.findAll(ids);
        return found.map(partnership -> view(partnership, me.id(), names));
    }

    /** A partnership of the member's organisation; empty for any other (unknown or someone else's alike). */
    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public Optional<Partnership> find(UUID id) {
        var me = me();
        return partnerships.findForPartner(id, me.id()).map(partnership -> view(partnership, me.id()));
    }

    /** The history, the latest line first, a page at a time. */
    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public Page<StageChange> history(UUID id, int page) {
        return history.findPage(mine(id).id(), PageRequest.of(page, PAGE_SIZE)).map(StoredStageChange::toStageChange);
    }

    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public Page<ContributionEntry> contributions(UUID id, int page) {
        return contributions.findPage(mine(id).id(), PageRequest.of(page, PAGE_SIZE)).map(StoredContribution::toEntry);
    }

    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public Page<IndicatorEntry> indicators(UUID id, int page) {
        return indicators.findPage(mine(id).id(), PageRequest.of(page, PAGE_SIZE)).map(StoredIndicator::toEntry);
    }

    /** Contributions per partner and kind, impact per side, summed by the database. */
    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public Totals totals(UUID id) {
        var partnershipId = mine(id).id();
        var contributionTotals = contributions.sums(partnershipId).stream()
                .map(sum -> new Totals.ContributionTotal(sum.getGivenBy(), sum.getKind(), sum.getTotal(), sum.getCount())).toList();
        var impactTotals = indicators.sums(partnershipId).stream()
                .map(sum -> new Totals.ImpactTotal(sum.getSide(), sum.getIndicator(), sum.getLabel(), sum.getUnit(), sum.getTotal(),
                        sum.getCount())).toList();
        return new Totals(contributionTotals, impactTotals);
    }

    /** The models the partnership went through, each with its dates, the first one first. */
    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public List<ModelPeriod> journey(UUID id) {
        var partnership = mine(id);
        var lines = history.findJourney(partnership.id()).stream().map(StoredStageChange::toStageChange).toList();
        var periods = new java.util.ArrayList<ModelPeriod>();
        for (int i = 0; i < lines.size(); i++) {
            var line = lines.get(i);
            var from = i == 0 ? partnership.startedOn() : day(line.at());
            var to = i + 1 < lines.size() ? day(lines.get(i + 1).at()) : partnership.closedAt() == null ? null : day(partnership.closedAt());
            periods.add(new ModelPeriod(line.model(), from, to));
        }
        return periods;
    }

    /** The next models to consider: neighbours of the current one, judged against both partners' latest maturity. */
    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public List<ModelAdvice> advice(UUID id) {
        var partnership = mine(id);
        return JourneyAdvisor.advise(partnership.model(), maturityOf(partnership.associationId()), maturityOf(partnership.companyId()));
    }

    private org.alliances.diagnosis.MaturityLevel maturityOf(UUID organizationId) {
        return maturities.findById(organizationId).map(StoredMaturity::maturity).orElse(null);
    }

    /** Organisations this member may declare a partnership with (the other kind), by SIREN/RNA or words of the name. */
    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public List<Organization> findPartners(String text) {
        var me = me();
        return organizations.search(otherType(me), text, PARTNERS_FOUND_MAX);
    }

    // ---- changing ----------------------------------------------------------------------------------------------

    /**
     * Declares a partnership that already exists; it waits for the other organisation to confirm it.
     *
     * @throws InvalidInputException with every problem found; nothing is saved then
     */
    @PreAuthorize(PARTNER)
    @Transactional
    public Partnership declare(Declaration declaration) {
        var me = currentOrganization.requireWithProvenEmail();
        var partner = declaration.partnerId() == null ? Optional.<Organization>empty() : organizations.find(declaration.partnerId())
                .filter(found -> found.type() == otherType(me) && found.status() == OrganizationStatus.ACTIVE);
        checks.declaration(declaration, partner, me.type()).throwIfAny();
        var associationId = me.type() == OrganizationType.ASSOCIATION ? me.id() : partner.get().id();
        var companyId = me.type() == OrganizationType.COMPANY ? me.id() : partner.get().id();
        if (partnerships.existsOpen(associationId, companyId, declaration.model())) {
            throw InvalidInputException.of("partner", "partnerships.declare.duplicate");
        }
        var partnership = StoredPartnership.declared(me.id(), associationId, companyId, declaration.model(), declaration.communeCode(),
                declaration.startedOn(), clock.instant());
        partnerships.save(partnership);
        history.save(partnership.openingLine(signature(), declaration.note()));
        return view(partnership, me.id());
    }

    /**
     * Moves the partnership to another stage, with a note and the date the next step is due: confirming or declining a
     * proposal, advancing on the path, renewing after an evaluation. Ending goes through {@link #close}.
     *
     * @throws InvalidInputException when the lifecycle does not allow it from the current stage, or a field is wrong
     */
    @PreAuthorize(PARTNER)
    @Transactional
    public Partnership moveTo(UUID id, Stage target, String note, LocalDate nextStepDue) {
        return change(id, note, nextStepDue, (partnership, me) ->
                partnership.moveTo(target, me.id(), signature(), note, nextStepDue, clock.instant()));
    }

    /**
     * Moves the partnership to another cooperation model: a step of the journey, recorded and announced.
     *
     * @throws InvalidInputException when the model is the same, or the stage does not allow it yet
     */
    @PreAuthorize(PARTNER)
    @Transactional
    public Partnership evolve(UUID id, CooperationModel target, String note, LocalDate nextStepDue) {
        return change(id, note, nextStepDue, (partnership, me) ->
                partnership.evolveTo(target, me.id(), signature(), note, nextStepDue, clock.instant()));
    }

    /** Checks the note and the next step's date, makes the change, and keeps its line in the history. */
    private Partnership change(UUID id, String note, LocalDate nextStepDue,
                               BiFunction<StoredPartnership, Organization, StoredStageChange> change) {
        var me = me();
        var partnership = mine(id, me);
        checks.change(note, nextStepDue).throwIfAny();
        var line = change.apply(partnership, me);
        partnerships.save(partnership);
        history.save(line);
        return view(partnership, me.id());
    }

    /** Sets (or clears, with null) the date the next step is due. */
    @PreAuthorize(PARTNER)
    @Transactional
    public Partnership planNextStep(UUID id, LocalDate due) {
        var me = me();
        var partnership = mine(id, me);
        checks.nextStep(due).throwIfAny();
        partnership.planNextStep(due, clock.instant());
        partnerships.save(partnership);
        return view(partnership, me.id());
    }

    /**
     * Closes the partnership with this partner's outcome, or gives the second partner's outcome of a closed one. Once
     * both answered the outcome is announced ({@link PartnershipClosed}).
     *
     * @throws InvalidInputException with every problem found; nothing is saved then
     */
    @PreAuthorize(PARTNER)
    @Transactional
    public Partnership close(UUID id, Outcome outcome) {
        var me = me();
        var partnership = mine(id, me);
        checks.outcome(outcome).throwIfAny();
        if (partnership.stage() == Stage.ENDED) {
            partnership.answer(me.id(), outcome, clock.instant());
        } else {
            history.save(partnership.close(me.id(), signature(), outcome, clock.instant()));
        }
        partnerships.save(partnership);
        if (partnership.bothAnswered()) {
            announcer.announce(partnership);
        }
        return view(partnership, me.id());
    }

    /**
     * Records what one partner brought.
     *
     * @throws InvalidInputException when the amount is missing, not positive or beyond reason for its unit, a good or a
     *                               logistics help is not described, the date is missing or in the future
     */
    @PreAuthorize(PARTNER)
    @Transactional
    public ContributionEntry addContribution(UUID id, ContributionForm form) {
        var partnership = mine(id);
        checks.contribution(form, form.givenBy() != null && partnership.hasPartner(form.givenBy())).throwIfAny();
        partnership.requireRecordable();
        recordActivity(partnership);
        return contributions.save(new StoredContribution(partnership.id(), form, signature(), clock.instant())).toEntry();
    }

    /**
     * Records a measure of an impact indicator.
     *
     * @throws InvalidInputException when the value is missing, negative or beyond reason for its unit, an "other"
     *                               indicator has no name or no unit, the date is missing or in the future
     */
    @PreAuthorize(PARTNER)
    @Transactional
    public IndicatorEntry addIndicator(UUID id, IndicatorForm form) {
        var partnership = mine(id);
        checks.indicator(form).throwIfAny();
        partnership.requireRecordable();
        recordActivity(partnership);
        return indicators.save(new StoredIndicator(partnership.id(), form, signature(), clock.instant())).toEntry();
    }

    /** Removes a contribution typed by mistake, while the partnership can still be recorded on. */
    @PreAuthorize(PARTNER)
    @Transactional
    public void removeContribution(UUID id, UUID contributionId) {
        var partnership = mine(id);
        var contribution = contributions.findByIdAndPartnershipId(contributionId, partnership.id())
                .orElseThrow(() -> InvalidInputException.of("contribution", "partnerships.entry.unknown"));
        partnership.requireRecordable();
        recordActivity(partnership);
        contributions.delete(contribution.removed(clock.instant()));
    }

    /** Removes a measure typed by mistake, while the partnership can still be recorded on. */
    @PreAuthorize(PARTNER)
    @Transactional
    public void removeIndicator(UUID id, UUID indicatorId) {
        var partnership = mine(id);
        var measure = indicators.findByIdAndPartnershipId(indicatorId, partnership.id())
                .orElseThrow(() -> InvalidInputException.of("indicator", "partnerships.entry.unknown"));
        partnership.requireRecordable();
        recordActivity(partnership);
        indicators.delete(measure);
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private void recordActivity(StoredPartnership partnership) {
        if (partnership.recordsActivity()) {
            partnerships.recordActivity(partnership.id(), clock.instant());
        }
    }

    private StoredPartnership mine(UUID id) {
        return mine(id, me());
    }

    private StoredPartnership mine(UUID id, Organization me) {
        return partnerships.findForPartner(id, me.id())
                .orElseThrow(() -> InvalidInputException.of("partnership", "partnerships.unknown"));
    }

    private Organization me() {
        return currentOrganization.require();
    }

    private static OrganizationType otherType(Organization me) {
        return me.type() == OrganizationType.ASSOCIATION ? OrganizationType.COMPANY : OrganizationType.ASSOCIATION;
    }

    private Partnership view(StoredPartnership partnership, UUID viewerId) {
        return view(partnership, viewerId, organizations.findAll(List.of(partnership.associationId(), partnership.companyId())));
    }

    private static Partnership view(StoredPartnership partnership, UUID viewerId, Map<UUID, Organization> names) {
        return partnership.toPartnership(viewerId, nameOf(names, partnership.associationId()), nameOf(names, partnership.companyId()));
    }

    private static String nameOf(Map<UUID, Organization> names, UUID id) {
        var found = names.get(id);
        return found == null ? "" : found.name();
    }

    private static String signature() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null ? null : authentication.getName();
    }

    private LocalDate day(java.time.Instant instant) {
        return LocalDate.ofInstant(instant, clock.getZone());
    }
}
