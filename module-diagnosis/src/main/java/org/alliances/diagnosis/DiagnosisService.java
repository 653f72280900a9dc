package org.alliances.diagnosis;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.alliances.diagnosis.internal.Diagnoses;
import org.alliances.diagnosis.internal.Diagnosis;
import org.alliances.diagnosis.internal.DiagnosisReport;
import org.alliances.diagnosis.internal.Questionnaires;
import org.alliances.diagnosis.internal.Scoring;
import org.alliances.diagnosis.internal.SharingConsent;
import org.alliances.diagnosis.internal.SharingConsents;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationIdentifiers;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.runtime.SecurityLog;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The diagnosis module's facade: an organisation takes the questionnaire made for its type step by step, completes
 * it, reads its result, history and report, and shares its diagnosis with another organisation. Every method acts
 * for the signed-in member's organisation and never reads another's diagnosis, except through a mutual sharing.
 */
@Service
@PreAuthorize(DiagnosisService.MEMBERS_WHO_DIAGNOSE)
public class DiagnosisService {

    static final String MEMBERS_WHO_DIAGNOSE = "hasAnyRole('" + Roles.ASSOCIATION + "','" + Roles.COMPANY + "','"
            + Roles.LOCAL_AUTHORITY + "')";

    private final Diagnoses diagnoses;
    private final SharingConsents consents;
    private final Questionnaires questionnaires;
    private final DiagnosisReport reports;
    private final CurrentOrganization currentOrganization;
    private final SecurityLog securityLog;
    private final OrganizationService organizations;
    private final Clock clock;

    DiagnosisService(Diagnoses diagnoses, SharingConsents consents, Questionnaires questionnaires, DiagnosisReport reports,
                     CurrentOrganization currentOrganization, OrganizationService organizations, Clock clock, SecurityLog securityLog) {
        this.securityLog = securityLog;
        this.diagnoses = diagnoses;
        this.consents = consents;
        this.questionnaires = questionnaires;
        this.reports = reports;
        this.currentOrganization = currentOrganization;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** The questionnaire the member's organisation takes today. */
    public Questionnaire currentQuestionnaire() {
        return questionnaires.current(me().type()).orElseThrow(() -> new AccessDeniedException("No diagnosis for this organisation"));
    }

    /** A version of the questionnaire, as a result kept it. */
    public Optional<Questionnaire> questionnaire(String version) {
        return questionnaires.find(version);
    }

    @Transactional(readOnly = true)
    public Optional<DiagnosisInProgress> inProgress() {
        return diagnoses.findByOrganizationIdAndStatus(me().id(), Diagnosis.Status.IN_PROGRESS).map(this::toInProgress);
    }

    /**
     * Resumes the diagnosis in progress, or starts one with today's questionnaire, filled in with the answers of the
     * latest diagnosis when it was taken with the same version (so that the organisation only changes what changed).
     */
    @Transactional
    public DiagnosisInProgress start() {
        return start(currentQuestionnaire().version());
    }

    /**
     * @throws InvalidInputException when the version is unknown or not made for the organisation's type
     */
    @Transactional
    public DiagnosisInProgress start(String questionnaireVersion) {
        var organization = me();
        var questionnaire = questionnaires.find(questionnaireVersion)
                .filter(candidate -> candidate.organizationType() == organization.type())
                .orElseThrow(() -> InvalidInputException.of("version", "diagnosis.version.unknown"));
        var existing = diagnoses.findByOrganizationIdAndStatus(organization.id(), Diagnosis.Status.IN_PROGRESS);
        if (existing.isPresent()) {
            return toInProgress(existing.get());
        }
        var previousAnswers = diagnoses.findFirstByOrganizationIdAndStatusOrderByCompletedAtDesc(organization.id(), Diagnosis.Status.COMPLETED)
                .filter(previous -> previous.questionnaireVersion().equals(questionnaire.version()))
                .map(Diagnosis::answers).orElse(Answers.none());
        var diagnosis = new Diagnosis(organization.id(), organization.type(), questionnaire.version(), previousAnswers, clock.instant());
        return toInProgress(diagnoses.save(diagnosis));
    }

    /**
     * Saves a step whose every question is answered, and moves on to the next one.
     *
     * @throws InvalidInputException naming each question left unanswered or wrongly answered; nothing is saved then
     */
    @Transactional
    public DiagnosisInProgress saveStep(UUID diagnosisId, String stepCode, Answers stepAnswers) {
        return save(diagnosisId, stepCode, stepAnswers, true);
    }

    /**
     * Keeps what was typed on a step, complete or not (when going back, or as answers change), so that nothing is lost.
     *
     * @throws InvalidInputException when an answer is not one of the questionnaire's; nothing is saved then
     */
    @Transactional
    public DiagnosisInProgress saveDraft(UUID diagnosisId, String stepCode, Answers stepAnswers) {
        return save(diagnosisId, stepCode, stepAnswers, false);
    }

    /** A complete step moves the diagnosis on to the next step; a draft keeps it on this one. */
    private DiagnosisInProgress save(UUID diagnosisId, String stepCode, Answers stepAnswers, boolean complete) {
        var diagnosis = myDiagnosisInProgress(diagnosisId);
        var questionnaire = questionnaireOf(diagnosis);
        var step = stepOf(questionnaire, stepCode);
        check(step, stepAnswers, complete);
        int index = questionnaire.indexOf(step);
        int resumeAt = complete ? Math.min(index + 1, questionnaire.steps().size() - 1) : index;
        diagnosis.answer(codes(step), stepAnswers, resumeAt, clock.instant());
        return toInProgress(diagnoses.save(diagnosis));
    }

    /**
     * Saves the last step and completes the diagnosis: the assessment is stored and {@link DiagnosisCompleted} published.
     *
     * @throws InvalidInputException naming each question still unanswered, in any step; nothing is completed then
     */
    @Transactional
    public DiagnosisResult complete(UUID diagnosisId, String stepCode, Answers stepAnswers) {
        var diagnosis = myDiagnosisInProgress(diagnosisId);
        var questionnaire = questionnaireOf(diagnosis);
        var step = stepOf(questionnaire, stepCode);
        check(step, stepAnswers, true);
        var all = diagnosis.answers().with(stepAnswers);
        var problems = new InvalidInputException.Collector();
        questionnaire.questions().filter(question -> !all.hasAnswered(question.code()))
                .forEach(question -> problems.add(question.code(), "diagnosis.answer.required"));
        problems.throwIfAny();
        diagnosis.answer(codes(step), stepAnswers, questionnaire.indexOf(step), clock.instant());
        diagnosis.complete(Scoring.assess(questionnaire, all), clock.instant());
        return diagnoses.save(diagnosis).toResult();
    }

    /** One of the organisation's completed diagnoses; empty for an unknown id or another organisation's. */
    @Transactional(readOnly = true)
    public Optional<DiagnosisResult> result(UUID diagnosisId) {
        return diagnoses.findByIdAndOrganizationId(diagnosisId, me().id())
                .filter(diagnosis -> diagnosis.status() == Diagnosis.Status.COMPLETED).map(Diagnosis::toResult);
    }

    @Transactional(readOnly = true)
    public Optional<DiagnosisResult> latest() {
        return diagnoses.findFirstByOrganizationIdAndStatusOrderByCompletedAtDesc(me().id(), Diagnosis.Status.COMPLETED)
                .map(Diagnosis::toResult);
    }

    /** The organisation's completed diagnoses, oldest first. */
    @Transactional(readOnly = true)
    public List<DiagnosisSummary> history() {
        return diagnoses.findByOrganizationIdAndStatusOrderByCompletedAtAsc(me().id(), Diagnosis.Status.COMPLETED).stream()
                .map(Diagnosis::toSummary).toList();
    }

    /** The result as a PDF report; empty for an unknown id or another organisation's diagnosis. */
    @Transactional(readOnly = true)
    public Optional<byte[]> report(UUID diagnosisId, Locale locale) {
        var organization = me();
        var report = result(diagnosisId).map(result -> reports.write(result, questionnaireOf(result.questionnaireVersion()), organization, locale));
        report.ifPresent(written -> securityLog.event("diagnosis-report-export", currentOrganization.memberId().orElse(null)));
        return report;
    }

    /**
     * Lets another organisation read this one's diagnosis, found by its type and identifier (SIREN, RNA or territory code).
     *
     * @throws InvalidInputException when no such organisation is on the platform, or it is this one
     */
    @Transactional
    public SharingStatus shareWith(OrganizationType type, String identifier) {
        var problems = new InvalidInputException.Collector();
        if (type == null || type == OrganizationType.PLATFORM) {
            problems.add("type", "diagnosis.share.type.required");
        }
        if (identifier == null || identifier.isBlank()) {
            problems.add("identifier", "diagnosis.share.identifier.required");
        } else {
            OrganizationIdentifiers.TYPED.check("identifier", identifier, problems);
        }
        problems.throwIfAny();
        var other = organizations.findByIdentifier(type, identifier)
                .orElseThrow(() -> InvalidInputException.of("identifier", "diagnosis.share.unknown"));
        return shareWith(other.id());
    }

    /**
     * Lets another organisation (a partner, a match) read this one's diagnosis. Sharing twice changes nothing.
     *
     * @throws InvalidInputException when the organisation is unknown or is this one
     */
    @Transactional
    public SharingStatus shareWith(UUID organizationId) {
        var me = me();
        var other = organizations.find(organizationId).filter(found -> found.type() != OrganizationType.PLATFORM)
                .orElseThrow(() -> InvalidInputException.of("identifier", "diagnosis.share.unknown"));
        if (other.id().equals(me.id())) {
            throw InvalidInputException.of("identifier", "diagnosis.share.self");
        }
        if (!consents.existsByOrganizationIdAndSharedWithId(me.id(), other.id())) {
            consents.save(new SharingConsent(me.id(), other.id(), clock.instant()));
        }
        return status(me, other);
    }

    /** Withdraws the consent given to another organisation; the gap view closes for both. */
    @Transactional
    public void stopSharingWith(UUID organizationId) {
        consents.deleteByOrganizationIdAndSharedWithId(me().id(), organizationId);
    }

    /** Every organisation this one shares with, or that shares with it, by name. */
    @Transactional(readOnly = true)
    public List<SharingStatus> sharing() {
        var me = me();
        var consentsOfMine = consents.findByOrganizationIdOrSharedWithId(me.id(), me.id());
        var sharedByMe = consentsOfMine.stream().filter(consent -> consent.organizationId().equals(me.id()))
                .map(SharingConsent::sharedWithId).collect(Collectors.toSet());
        var sharedWithMe = consentsOfMine.stream().filter(consent -> consent.sharedWithId().equals(me.id()))
                .map(SharingConsent::organizationId).collect(Collectors.toSet());
        var others = new HashSet<>(sharedByMe);
        others.addAll(sharedWithMe);
        return organizations.findAll(others).values().stream()
                .map(other -> new SharingStatus(other.id(), other.name(), other.type(), sharedByMe.contains(other.id()),
                        sharedWithMe.contains(other.id())))
                .sorted(java.util.Comparator.comparing(SharingStatus::organizationName, String.CASE_INSENSITIVE_ORDER)).toList();
    }

    /**
     * Both organisations' latest diagnoses side by side.
     *
     * @throws AccessDeniedException unless both organisations agreed to share with each other
     */
    @Transactional(readOnly = true)
    public Comparison compareWith(UUID organizationId) {
        var me = me();
        var other = organizations.find(organizationId).orElseThrow(() -> new AccessDeniedException("Not shared"));
        if (!status(me, other).mutual()) {
            throw new AccessDeniedException("Both organisations must agree to share their diagnosis");
        }
        var mine = latestOf(me.id());
        var theirs = latestOf(other.id());
        var fitting = mine == null || theirs == null ? List.<CooperationModel>of()
                : java.util.Arrays.stream(CooperationModel.values()).filter(model -> fits(model, mine) && fits(model, theirs)).toList();
        return new Comparison(new Comparison.Side(me.id(), me.name(), me.type(), mine),
                new Comparison.Side(other.id(), other.name(), other.type(), theirs), fitting);
    }

    /** A model fits a side when it was recommended to it or belongs to one of its two best categories. */
    private static boolean fits(CooperationModel model, DiagnosisResult result) {
        List<Category> bestTwo = result.assessment().rankedCategories().subList(0, 2);
        return result.assessment().models().contains(model) || model.categories().stream().anyMatch(bestTwo::contains);
    }

    private DiagnosisResult latestOf(UUID organizationId) {
        return diagnoses.findFirstByOrganizationIdAndStatusOrderByCompletedAtDesc(organizationId, Diagnosis.Status.COMPLETED)
                .map(Diagnosis::toResult).orElse(null);
    }

    private SharingStatus status(Organization me, Organization other) {
        return new SharingStatus(other.id(), other.name(), other.type(),
                consents.existsByOrganizationIdAndSharedWithId(me.id(), other.id()),
                consents.existsByOrganizationIdAndSharedWithId(other.id(), me.id()));
    }

    private Organization me() {
        return currentOrganization.require();
    }

    private Diagnosis myDiagnosisInProgress(UUID diagnosisId) {
        return diagnoses.findByIdAndOrganizationId(diagnosisId, me().id())
                .filter(diagnosis -> diagnosis.status() == Diagnosis.Status.IN_PROGRESS)
                .orElseThrow(() -> InvalidInputException.of("diagnosis", "diagnosis.unknown"));
    }

    private Questionnaire questionnaireOf(Diagnosis diagnosis) {
        return questionnaireOf(diagnosis.questionnaireVersion());
    }

    private Questionnaire questionnaireOf(String version) {
        return questionnaires.find(version).orElseThrow(() -> InvalidInputException.of("version", "diagnosis.version.unknown"));
    }

    private static Questionnaire.Step stepOf(Questionnaire questionnaire, String stepCode) {
        return questionnaire.step(stepCode).orElseThrow(() -> InvalidInputException.of("step", "diagnosis.step.unknown"));
    }

    private static Set<String> codes(Questionnaire.Step step) {
        var codes = new HashSet<String>();
        step.questions().forEach(question -> codes.add(question.code()));
        return codes;
    }

    /** Every answer must be one of the step's questions and options; {@code complete} also asks for every question. */
    private static void check(Questionnaire.Step step, Answers answers, boolean complete) {
        var problems = new InvalidInputException.Collector();
        var known = codes(step);
        if (!known.containsAll(answers.byQuestion().keySet())) {
            problems.add("answers", "diagnosis.question.unknown");
        }
        for (var question : step.questions()) {
            var chosen = answers.of(question.code());
            if (chosen.stream().anyMatch(code -> question.option(code).isEmpty())) {
                problems.add(question.code(), "diagnosis.answer.unknown");
            } else if (chosen.size() > question.maxChoices()) {
                problems.add(question.code(), question.multiple() ? "diagnosis.answer.too-many" : "diagnosis.answer.single");
            } else if (complete && chosen.isEmpty()) {
                problems.add(question.code(), "diagnosis.answer.required");
            }
        }
        problems.throwIfAny();
    }

    private DiagnosisInProgress toInProgress(Diagnosis diagnosis) {
        return new DiagnosisInProgress(diagnosis.id(), questionnaireOf(diagnosis), diagnosis.answers(), diagnosis.currentStep());
    }
}
