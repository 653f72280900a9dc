package org.alliances.matching.internal;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.Need;
import org.alliances.matching.NeedClosed;
import org.alliances.matching.NeedForm;
import org.alliances.matching.NeedPublished;
import org.alliances.matching.NeedStatus;
import org.alliances.matching.Reach;
import org.springframework.data.domain.AbstractAggregateRoot;

/** An association's need, from draft to closed; it registers NeedPublished and NeedClosed. */
@Entity
@Table(name = "matching_need")
public class StoredNeed extends AbstractAggregateRoot<StoredNeed> {

    @Id
    private UUID id;
    @Column(name = "organization_id")
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    private NeedStatus status;
    private String title;
    private String description;
    @Enumerated(EnumType.STRING)
    private Contribution contribution;
    @Column(name = "commune_code")
    private String communeCode;
    @Enumerated(EnumType.STRING)
    private Reach reach;
    @Column(name = "start_date")
    private LocalDate startDate;
    private LocalDate deadline;
    private BigDecimal quantity;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "published_at")
    private Instant publishedAt;
    @Column(name = "last_activity_at")
    private Instant lastActivityAt;
    @Column(name = "closed_at")
    private Instant closedAt;
    @Column(name = "expiry_notice_at")
    private Instant expiryNoticeAt;
    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matching_need_theme", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "theme")
    @Enumerated(EnumType.STRING)
    private Set<Theme> themes = new HashSet<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "matching_need_model", joinColumns = @JoinColumn(name = "need_id"))
    @Column(name = "model")
    @Enumerated(EnumType.STRING)
    private Set<CooperationModel> models = new HashSet<>();

    protected StoredNeed() {
    }

    public StoredNeed(UUID organizationId, NeedForm form, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.status = NeedStatus.DRAFT;
        this.createdAt = now;
        write(form, now);
    }

    /** Replaces what the need says; a published need stays published and is announced again. */
    public void write(NeedForm form, Instant now) {
        if (status != null && status.isClosed()) {
            throw new IllegalStateException("A closed need cannot change");
        }
        title = form.title() == null ? "" : form.title().strip();
        description = form.description() == null ? "" : form.description().strip();
        themes.clear();
        themes.addAll(form.themes());
        contribution = form.contribution();
        models.clear();
        models.addAll(form.models());
        communeCode = form.communeCode();
        reach = form.reach();
        startDate = form.startDate();
        deadline = form.deadline();
        quantity = form.quantity();
        lastActivityAt = now;
        expiryNoticeAt = null;
        if (status == NeedStatus.PUBLISHED) {
            announce();
        }
    }

    public void publish(Instant now) {
        if (status.isClosed()) {
            throw new IllegalStateException("A closed need cannot be published");
        }
        if (status == NeedStatus.DRAFT) {
            status = NeedStatus.PUBLISHED;
            publishedAt = now;
            announce();
        }
        lastActivityAt = now;
    }

    public void close(NeedStatus closedAs, Instant now) {
        if (!closedAs.isClosed()) {
            throw new IllegalArgumentException("Not a closing status: " + closedAs);
        }
        if (status.isClosed()) {
            return;
        }
        status = closedAs;
        closedAt = now;
        registerEvent(new NeedClosed(id, organizationId, closedAs, now));
    }

    /** An interest or an answer keeps a need fresh, and a later expiry is announced again. */
    public void touch(Instant now) {
        lastActivityAt = now;
        expiryNoticeAt = null;
    }

    /** Announces once that the need will expire on that day. */
    public boolean announceExpiry(java.time.LocalDate expiresOn, Instant now) {
        if (status != NeedStatus.PUBLISHED || expiryNoticeAt != null) {
            return false;
        }
        expiryNoticeAt = now;
        registerEvent(new org.alliances.matching.NeedExpiryAnnounced(id, organizationId, expiresOn));
        return true;
    }

    public Instant lastActivityAt() {
        return lastActivityAt;
    }

    public java.time.LocalDate deadline() {
        return deadline;
    }

    private void announce() {
        registerEvent(new NeedPublished(id, organizationId, contribution, Set.copyOf(models), Set.copyOf(themes), communeCode, reach, publishedAt));
    }

    /** What the need announced so far (its publication, then its closing), for a replay. */
    public java.util.List<DomainEvent> announcements() {
        var events = new java.util.ArrayList<DomainEvent>();
        if (publishedAt != null) {
            events.add(new NeedPublished(id, organizationId, contribution, Set.copyOf(models), Set.copyOf(themes), communeCode, reach, publishedAt));
            if (status.isClosed()) {
                events.add(new NeedClosed(id, organizationId, status, closedAt));
            }
        }
        return events;
    }

    public Need toNeed() {
        return new Need(id, organizationId, status, title, description, themes, contribution, models, communeCode, reach,
                startDate, deadline, quantity, publishedAt, lastActivityAt);
    }

    public MatchScoring.NeedFacts facts() {
        return new MatchScoring.NeedFacts(id, organizationId, title, Set.copyOf(themes), contribution, Set.copyOf(models),
                communeCode, reach, quantity, deadline, lastActivityAt);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public NeedStatus status() {
        return status;
    }

    public String title() {
        return title;
    }

    public String communeCode() {
        return communeCode;
    }
}
