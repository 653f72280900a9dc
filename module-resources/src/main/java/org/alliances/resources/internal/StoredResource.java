package org.alliances.resources.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Theme;
import org.alliances.resources.Purpose;
import org.alliances.resources.Resource;
import org.alliances.resources.ResourceForm;
import org.alliances.resources.ResourcePublished;
import org.alliances.resources.ResourceStatus;
import org.alliances.resources.ResourceType;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A resource or a case study of the library, with its place in curation. */
@Entity
@Table(name = "resources_resource")
public class StoredResource extends AbstractAggregateRoot<StoredResource> {

    @Id
    private UUID id;
    @Enumerated(EnumType.STRING)
    private ResourceStatus status;
    @Enumerated(EnumType.STRING)
    private ResourceType type;
    @Enumerated(EnumType.STRING)
    private Purpose purpose;
    private String title;
    private String summary;
    private String body;
    private String source;
    private String authors;
    private Integer year;
    private String licence;
    private String url;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] audiences;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] categories;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] models;
    @JdbcTypeCode(SqlTypes.ARRAY)
    private String[] themes;
    @Column(name = "commune_code")
    private String communeCode;
    @Column(name = "department_code")
    private String departmentCode;
    @Column(name = "partner_types")
    private String partnerTypes;
    @Column(name = "started_on")
    private LocalDate startedOn;
    @Column(name = "ended_on")
    private LocalDate endedOn;
    @Column(name = "results_general_interest")
    private String resultsGeneralInterest;
    @Column(name = "results_company")
    private String resultsCompany;
    @Column(name = "partnership_id")
    private UUID partnershipId;
    @Column(name = "proposed_by")
    private UUID proposedBy;
    @Column(name = "review_on")
    private LocalDate reviewOn;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Version
    private long version;

    protected StoredResource() {
    }

    public StoredResource(ResourceStatus status, ResourceForm form, String departmentCode, UUID proposedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.status = status;
        this.proposedBy = proposedBy;
        this.createdAt = now;
        write(form, departmentCode, now);
    }

    /** A draft case study built from a closed partnership, waiting for curators. */
    public static StoredResource caseStudyDraft(UUID partnershipId, ResourceForm form, String departmentCode, Instant now) {
        var draft = new StoredResource(ResourceStatus.IN_REVIEW, form, departmentCode, null, now);
        draft.partnershipId = partnershipId;
        return draft;
    }

    public void write(ResourceForm form, String departmentCode, Instant now) {
        type = form.type();
        purpose = form.purpose();
        title = strip(form.title());
        summary = strip(form.summary());
        body = form.body() == null ? "" : form.body().strip();
        source = strip(form.source());
        authors = strip(form.authors());
        year = form.year();
        licence = strip(form.licence());
        url = strip(form.url());
        audiences = names(form.audiences());
        categories = names(form.categories());
        models = names(form.models());
        themes = names(form.themes());
        communeCode = form.communeCode();
        this.departmentCode = departmentCode;
        partnerTypes = strip(form.partnerTypes());
        startedOn = form.startedOn();
        endedOn = form.endedOn();
        resultsGeneralInterest = strip(form.resultsGeneralInterest());
        resultsCompany = strip(form.resultsCompany());
        reviewOn = form.reviewOn();
        updatedAt = now;
    }

    public void submit(Instant now) {
        status = ResourceStatus.IN_REVIEW;
        updatedAt = now;
    }

    public void publish(Instant now) {
        status = ResourceStatus.PUBLISHED;
        publishedAt = publishedAt == null ? now : publishedAt;
        updatedAt = now;
        registerEvent(new ResourcePublished(id, type, enums(Category.class, categories).stream().sorted().toList(),
                enums(CooperationModel.class, models).stream().sorted().toList()));
    }

    public void archive(Instant now) {
        status = ResourceStatus.ARCHIVED;
        updatedAt = now;
    }

    public UUID id() {
        return id;
    }

    public ResourceStatus status() {
        return status;
    }

    public UUID proposedBy() {
        return proposedBy;
    }

    public Resource toResource() {
        return new Resource(id, status, type, purpose, title, summary, body, source, authors, year, licence, url,
                enums(OrganizationType.class, audiences), enums(Category.class, categories), enums(CooperationModel.class, models),
                enums(Theme.class, themes), communeCode, departmentCode, partnerTypes, startedOn, endedOn, resultsGeneralInterest,
                resultsCompany, proposedBy, partnershipId, reviewOn, updatedAt, publishedAt);
    }

    private static String[] names(Collection<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).sorted().toArray(String[]::new);
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, String[] names) {
        var result = EnumSet.noneOf(type);
        if (names != null) {
            Arrays.stream(names).forEach(name -> result.add(Enum.valueOf(type, name)));
        }
        return result;
    }

    private static String strip(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
