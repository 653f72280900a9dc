package org.alliances.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.jspecify.annotations.Nullable;

/** One decision of an admin, as written once in the journal (the table refuses changes). */
@Entity
@Immutable
@Table(name = "accounts_audit")
public class AuditEntry {

    @Id
    private UUID id;
    /** The order of writing, given by the database. */
    @Column(insertable = false, updatable = false)
    private long seq;
    private Instant at;
    @Column(name = "actor_id")
    private UUID actorId;
    @Enumerated(EnumType.STRING)
    private AuditJournal.Action action;
    @Column(name = "account_id")
    private @Nullable UUID accountId;
    @Column(name = "organization_id")
    private @Nullable UUID organizationId;
    private @Nullable String reason;

    protected AuditEntry() {
    }

    AuditEntry(Instant at, UUID actorId, AuditJournal.Action action, @Nullable UUID accountId, @Nullable UUID organizationId,
               @Nullable String reason) {
        this.id = UUID.randomUUID();
        this.at = at;
        this.actorId = actorId;
        this.action = action;
        this.accountId = accountId;
        this.organizationId = organizationId;
        this.reason = reason;
    }

    public Instant at() {
        return at;
    }

    public UUID actorId() {
        return actorId;
    }

    public AuditJournal.Action action() {
        return action;
    }

    public @Nullable UUID accountId() {
        return accountId;
    }

    public @Nullable UUID organizationId() {
        return organizationId;
    }

    public @Nullable String reason() {
        return reason;
    }
}
