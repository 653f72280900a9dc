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
import jakarta.persistence.Version;

import org.alliances.accounts.Account;
import org.alliances.accounts.AccountCreated;
import org.alliances.accounts.AccountStatus;
import org.alliances.accounts.LocalAuthorityAccessDecided;
import org.springframework.data.domain.AbstractAggregateRoot;

/** A member's account: credentials, role, status and the count of failed logins behind the lockout. */
@Entity
@Table(name = "accounts_user")
public class UserAccount extends AbstractAggregateRoot<UserAccount> {

    /** Failed logins in a row that lock the account. */
    public static final int MAX_FAILED_LOGINS = 5;
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    private UUID id;
    private String email;
    @Column(name = "password_hash")
    private String passwordHash;
    private String role;
    @Column(name = "organization_id")
    private UUID organizationId;
    @Enumerated(EnumType.STRING)
    private AccountStatus status;
    @Column(name = "failed_logins")
    private int failedLogins;
    @Column(name = "locked_until")
    private Instant lockedUntil;
    @Column(name = "refusal_reason")
    private String refusalReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    /** When the password last changed: sessions signed in before then end (see {@code InactiveMemberGuard}). */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;
    @Version
    private long version;

    protected UserAccount() {
    }

    public UserAccount(String email, String passwordHash, String role, UUID organizationId, AccountStatus status, Instant now) {
        this.id = UUID.randomUUID();
        this.email = email;
        this.passwordHash = passwordHash;
        this.role = role;
        this.organizationId = organizationId;
        this.status = status;
        this.createdAt = now;
        registerEvent(new AccountCreated(id, organizationId, role, status));
    }

    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedLogins = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public boolean isLockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public void decide(boolean approved, String reason) {
        if (status != AccountStatus.PENDING_APPROVAL) {
            throw new IllegalStateException("Only a pending request can be decided");
        }
        status = approved ? AccountStatus.ACTIVE : AccountStatus.REFUSED;
        refusalReason = approved ? null : reason;
        registerEvent(new LocalAuthorityAccessDecided(id, organizationId, approved));
    }

    /** A new password: the account is unlocked, and every session signed in before now ends at its next click. */
    public void changePasswordHash(String newHash, Instant now) {
        passwordHash = newHash;
        credentialsChangedAt = now;
        failedLogins = 0;
        lockedUntil = null;
    }

    /** When the password last changed, or null when never since registration. */
    public Instant credentialsChangedAt() {
        return credentialsChangedAt;
    }

    public void deactivate() {
        status = AccountStatus.DEACTIVATED;
    }

    public void reactivate() {
        if (status == AccountStatus.DEACTIVATED) {
            status = AccountStatus.ACTIVE;
        }
    }

    public Account toAccount() {
        return new Account(id, email, role, organizationId, status, createdAt, refusalReason);
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String role() {
        return role;
    }

    public UUID organizationId() {
        return organizationId;
    }

    public AccountStatus status() {
        return status;
    }
}
