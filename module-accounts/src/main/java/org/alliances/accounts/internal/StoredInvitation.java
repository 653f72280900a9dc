package org.alliances.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.alliances.accounts.Invitation;
import org.jspecify.annotations.Nullable;

/**
 * An invitation to join an organisation (or the platform team, for an admin): sent to an address, valid 14 days,
 * kept as the hash of its token; sending it again gives a new token and 14 more days.
 */
@Entity
@Table(name = "accounts_invitation")
public class StoredInvitation {

    public static final Duration VALIDITY = Duration.ofDays(14);

    @Id
    private UUID id;
    @Column(name = "organization_id")
    private UUID organizationId;
    private String email;
    private String role;
    @Column(name = "invited_by")
    private UUID invitedBy;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "accepted_at")
    private @Nullable Instant acceptedAt;
    @Column(name = "withdrawn_at")
    private @Nullable Instant withdrawnAt;
    @Version
    private long version;

    protected StoredInvitation() {
    }

    /** A new invitation; the token is given back once to be sent, and kept only as its hash. */
    public StoredInvitation(UUID organizationId, String email, String role, UUID invitedBy, String token, Instant now) {
        this.id = UUID.randomUUID();
        this.organizationId = organizationId;
        this.email = email;
        this.role = role;
        this.invitedBy = invitedBy;
        this.tokenHash = Tokens.hash(token);
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    /** Sent again: a new token replaces the old one, valid 14 days from now. */
    public void renew(String token, Instant now) {
        tokenHash = Tokens.hash(token);
        expiresAt = now.plus(VALIDITY);
    }

    public void accept(Instant now) {
        acceptedAt = now;
    }

    public void withdraw(Instant now) {
        withdrawnAt = now;
    }

    public boolean isAccepted() {
        return acceptedAt != null;
    }

    public boolean isOpen() {
        return acceptedAt == null && withdrawnAt == null;
    }

    public boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    public UUID id() {
        return id;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public String email() {
        return email;
    }

    public String role() {
        return role;
    }

    public Invitation toInvitation(Instant now) {
        return new Invitation(id, email, createdAt, expiresAt, isExpiredAt(now));
    }
}
