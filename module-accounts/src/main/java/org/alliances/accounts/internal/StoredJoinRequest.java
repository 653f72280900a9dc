package org.alliances.accounts.internal;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.alliances.accounts.JoinRequest;
import org.jspecify.annotations.Nullable;

/**
 * A person's request to join an organisation already registered, with the account they made for it (it signs in only
 * once accepted). Contested when they say the registration is not legitimate: then the admins decide.
 */
@Entity
@Table(name = "accounts_join_request")
public class StoredJoinRequest {

    /** How a request ended. */
    public enum Outcome {
        ACCEPTED, REFUSED, HANDED_OVER
    }

    @Id
    private UUID id;
    @Column(name = "organization_id")
    private UUID organizationId;
    @Column(name = "account_id")
    private UUID accountId;
    private boolean contested;
    private @Nullable String message;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "escalated_at")
    private @Nullable Instant escalatedAt;
    @Column(name = "decided_at")
    private @Nullable Instant decidedAt;
    @Enumerated(EnumType.STRING)
    private @Nullable Outcome outcome;
    @Version
    private long version;

    protected StoredJoinRequest() {
    }

    public StoredJoinRequest(UUID organizationId, UUID accountId, boolean contested, @Nullable String message, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.accountId = accountId;
        this.contested = contested;
        this.message = message;
        this.createdAt = now;
        this.escalatedAt = contested ? now : null;
    }

    public void escalate(Instant now) {
        if (escalatedAt == null) {
            escalatedAt = now;
        }
    }

    public void decide(Outcome decided, Instant now) {
        if (decidedAt != null) {
            throw new IllegalStateException("This request was already decided");
        }
        outcome = decided;
        decidedAt = now;
    }

    public boolean isOpen() {
        return decidedAt == null;
    }

    /** Whether the admins decide it: contested, or left without answer. */
    public boolean isEscalated() {
        return escalatedAt != null;
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public UUID accountId() {
        return accountId;
    }

    public boolean contested() {
        return contested;
    }

    public JoinRequest toJoinRequest(String name, String email, String organizationName) {
        return new JoinRequest(id, organizationId, organizationName, name, email, contested, message, createdAt, escalatedAt != null);
    }
}
