package org.alliances.accounts.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.jspecify.annotations.Nullable;

/** A link sent to a member by e-mail, kept as the hash of its token, usable once before it expires. */
@Entity
@Table(name = "accounts_token")
public class AccountToken {

    /** What a link is for, and how long it stays valid. */
    public enum Kind {
        PASSWORD_RESET(Duration.ofHours(1)),
        EMAIL_CONFIRMATION(Duration.ofHours(48)),
        EMAIL_CHANGE(Duration.ofHours(48));

        private final Duration validity;

        Kind(Duration validity) {
            this.validity = validity;
        }

        public Duration validity() {
            return validity;
        }
    }

    @Id
    private UUID id;
    @Column(name = "account_id")
    private UUID accountId;
    @Enumerated(EnumType.STRING)
    private Kind kind;
    @Column(name = "token_hash")
    private String tokenHash;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "expires_at")
    private Instant expiresAt;
    @Column(name = "used_at")
    private @Nullable Instant usedAt;
    /** The address the link proves, for a change of e-mail. */
    private @Nullable String email;

    protected AccountToken() {
    }

    AccountToken(UUID accountId, Kind kind, String tokenHash, Instant now, Instant expiresAt, @Nullable String email) {
        this.email = email;
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.kind = kind;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = expiresAt;
    }

    UUID accountId() {
        return accountId;
    }

    @Nullable String email() {
        return email;
    }

    boolean isUsed() {
        return usedAt != null;
    }

    boolean isExpiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    void use(Instant now) {
        usedAt = now;
    }
}
