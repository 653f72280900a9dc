package org.alliances.diagnosis.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliances.diagnosis.Answers;
import org.alliances.diagnosis.Assessment;
import org.alliances.diagnosis.Assessment.RankedCategory;
import org.alliances.diagnosis.Assessment.Reason;
import org.alliances.diagnosis.Assessment.ReasonKind;
import org.alliances.diagnosis.Axis;
import org.alliances.diagnosis.DiagnosisCompleted;
import org.alliances.diagnosis.DiagnosisResult;
import org.alliances.diagnosis.DiagnosisSummary;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * One diagnosis of one organisation: answered step by step, then completed once, when its assessment is stored
 * whole (reasons included) and {@link DiagnosisCompleted} is registered. A completed diagnosis never changes.
 */
@Entity
@Table(name = "diagnosis_diagnosis")
public class Diagnosis extends AbstractAggregateRoot<Diagnosis> {

    public enum Status { IN_PROGRESS, COMPLETED }

    @Id
    private UUID id;
    @Column(name = "organization_id")
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    @Column(name = "organization_type")
    private OrganizationType organizationType;
    @Column(name = "questionnaire_version")
    private String questionnaireVersion;
    @Enumerated(EnumType.STRING)
    private Status status;
    @Column(name = "current_step")
    private int currentStep;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "completed_at")
    private Instant completedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "maturity_level")
    private MaturityLevel maturityLevel;
    @Column(name = "overall_score")
    private Integer overallScore;
    /** "EXPERIENCE=40,STRATEGY=67,…" */
    @Column(name = "axis_scores")
    private String axisScores;
    @Column(name = "ranked_categories")
    private String rankedCategories;
    @Column(name = "recommended_models")
    private String recommendedModels;
    private String objectives;
    @Column(name = "entry_door_first")
    private boolean entryDoorFirst;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "diagnosis_answer", joinColumns = @JoinColumn(name = "diagnosis_id"))
    private Set<ChosenOption> answers = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "diagnosis_reason", joinColumns = @JoinColumn(name = "diagnosis_id"))
    @OrderColumn(name = "position")
    private List<StoredReason> reasons = new ArrayList<>();

    protected Diagnosis() {
    }

    public Diagnosis(UUID organizationId, OrganizationType organizationType, String questionnaireVersion, Answers startingAnswers, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.organizationType = organizationType;
        this.questionnaireVersion = questionnaireVersion;
        this.status = Status.IN_PROGRESS;
        this.startedAt = now;
        this.updatedAt = now;
        add(startingAnswers);
    }

    /** Saves the answers of one step (they replace that step's earlier answers) and where to resume. */
    public void answer(Set<String> questionsOfTheStep, Answers stepAnswers, int resumeAt, Instant now) {
        requireInProgress();
        answers.removeIf(chosen -> questionsOfTheStep.contains(chosen.questionCode));
        add(stepAnswers);
        currentStep = resumeAt;
        updatedAt = now;
    }

    public void complete(Assessment assessment, Instant now) {
        requireInProgress();
        status = Status.COMPLETED;
        completedAt = now;
        updatedAt = now;
        maturityLevel = assessment.level();
        overallScore = assessment.overallScore();
        axisScores = assessment.axisScores().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(entry -> entry.getKey().name() + "=" + entry.getValue()).collect(Collectors.joining(","));
        rankedCategories = join(assessment.rankedCategories());
        recommendedModels = join(assessment.models());
        objectives = String.join(",", assessment.objectives());
        entryDoorFirst = assessment.entryDoorFirst();
        reasons.clear();
        for (var ranked : assessment.categories()) {
            for (var reason : ranked.reasons()) {
                reasons.add(new StoredReason(ranked.category(), reason));
            }
        }
        registerEvent(new DiagnosisCompleted(id, organizationId, organizationType, maturityLevel,
                assessment.rankedCategories(), assessment.models(), assessment.objectives(), questionnaireVersion, now));
    }

    /** What the completion announced, for a replay; empty while the diagnosis is in progress. */
    public java.util.Optional<DiagnosisCompleted> completion() {
        if (status != Status.COMPLETED) {
            return java.util.Optional.empty();
        }
        var assessment = assessment();
        return java.util.Optional.of(new DiagnosisCompleted(id, organizationId, organizationType, maturityLevel,
                assessment.rankedCategories(), assessment.models(), assessment.objectives(), questionnaireVersion, completedAt));
    }

    private void requireInProgress() {
        if (status != Status.IN_PROGRESS) {
            throw new IllegalStateException("Diagnosis " + id + " is already completed");
        }
    }

    private void add(Answers more) {
        more.byQuestion().forEach((question, options) -> options.forEach(option -> answers.add(new ChosenOption(question, option))));
    }

    public Answers answers() {
        var byQuestion = new LinkedHashMap<String, Set<String>>();
        answers.forEach(chosen -> byQuestion.computeIfAbsent(chosen.questionCode, key -> new LinkedHashSet<>()).add(chosen.optionCode));
        return new Answers(byQuestion);
    }

    public Assessment assessment() {
        var scores = new EnumMap<Axis, Integer>(Axis.class);
        for (var pair : axisScores.split(",")) {
            var parts = pair.split("=");
            scores.put(Axis.valueOf(parts[0]), Integer.parseInt(parts[1]));
        }
        var ranked = split(rankedCategories, Category::valueOf).stream().map(category -> new RankedCategory(category,
                reasons.stream().filter(reason -> reason.category == category).mapToInt(reason -> reason.points).sum(),
                reasons.stream().filter(reason -> reason.category == category).map(StoredReason::toReason).toList())).toList();
        return new Assessment(overallScore, maturityLevel, scores, ranked, split(recommendedModels, CooperationModel::valueOf),
                split(objectives, code -> code), entryDoorFirst);
    }

    public DiagnosisResult toResult() {
        return new DiagnosisResult(id, organizationId, organizationType, questionnaireVersion, completedAt, assessment(), answers());
    }

    public DiagnosisSummary toSummary() {
        return new DiagnosisSummary(id, completedAt, maturityLevel, overallScore, questionnaireVersion);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String questionnaireVersion() {
        return questionnaireVersion;
    }

    public int currentStep() {
        return currentStep;
    }

    public Status status() {
        return status;
    }

    private static String join(List<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <T> List<T> split(String joined, java.util.function.Function<String, T> parse) {
        if (joined == null || joined.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(parse).toList();
    }

    /** One option chosen for one question. */
    @Embeddable
    public static class ChosenOption {
        @Column(name = "question_code")
        private String questionCode;
        @Column(name = "option_code")
        private String optionCode;

        protected ChosenOption() {
        }

        ChosenOption(String questionCode, String optionCode) {
            this.questionCode = questionCode;
            this.optionCode = optionCode;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ChosenOption that && questionCode.equals(that.questionCode) && optionCode.equals(that.optionCode);
        }

        @Override
        public int hashCode() {
            return questionCode.hashCode() * 31 + optionCode.hashCode();
        }
    }

    /** A reason behind a category's score, kept as it was given. */
    @Embeddable
    public static class StoredReason {
        @Enumerated(EnumType.STRING)
        private Category category;
        @Enumerated(EnumType.STRING)
        private ReasonKind kind;
        @Column(name = "question_code")
        private String questionCode;
        @Column(name = "option_code")
        private String optionCode;
        private int points;

        protected StoredReason() {
        }

        StoredReason(Category category, Reason reason) {
            this.category = category;
            this.kind = reason.kind();
            this.questionCode = reason.questionCode();
            this.optionCode = reason.optionCode();
            this.points = reason.points();
        }

        Reason toReason() {
            return new Reason(kind, questionCode, optionCode, points);
        }
    }
}
