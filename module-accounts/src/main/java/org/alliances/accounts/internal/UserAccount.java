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

import org.alliances.accounts.Account;
import org.alliances.accounts.AccountCreated;
import org.alliances.accounts.AccountStatus;
import org.alliances.accounts.LocalAuthorityAccessDecided;
import org.alliances.accounts.MemberJoined;
import org.alliances.accounts.MemberLeft;
import org.alliances.accounts.Membership;
import org.alliances.accounts.ResponsableNamed;
import org.alliances.kernel.TermsOfUse;
import org.jspecify.annotations.Nullable;
import org.springframework.data.domain.AbstractAggregateRoot;

/**
 * A member's account: credentials, role, the organisation they act for and their part in it, whether their e-mail
 * address is proven. Records the events of joining and leaving an organisation.
 */
@Entity
@Table(name = "accounts_user")
public class UserAccount extends AbstractAggregateRoot<UserAccount> {

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
    @Column(name = "refusal_reason")
    private String refusalReason;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "last_login_at")
    private Instant lastLoginAt;
    /** The sign-in before the latest, from which "Mon espace" dates what is new. */
    @Column(name = "previous_login_at")
    private @Nullable Instant previousLoginAt;
    /** When the password last changed: sessions signed in before then end (see {@code MemberGuard}). */
    @Column(name = "credentials_changed_at")
    private Instant credentialsChangedAt;
    @Column(name = "display_name")
    private @Nullable String displayName;
    @Column(name = "email_confirmed_at")
    private @Nullable Instant emailConfirmedAt;
    /** The new address a member asked for, until they prove it through the link sent there. */
    @Column(name = "pending_email")
    private @Nullable String pendingEmail;
    @Enumerated(EnumType.STRING)
    private Membership membership;
    @Column(name = "terms_version")
    private @Nullable String termsVersion;
    @Column(name = "terms_accepted_at")
    private @Nullable Instant termsAcceptedAt;
    /** Which notice of deletion after years without use was sent last (0: none since the last sign-in). */
    @Column(name = "inactivity_notice")
    private int inactivityNotice;
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
        this.membership = Membership.RESPONSABLE;
        acceptTerms(now);
        registerEvent(new AccountCreated(id, organizationId, role, status));
    }

    /** The member accepts the terms of use in force (every new account has, through its form's checkbox). */
    public void acceptTerms(Instant now) {
        this.termsVersion = TermsOfUse.version();
        this.termsAcceptedAt = now;
    }

    /** Whether the account accepted the terms of use in force. */
    public boolean acceptedCurrentTerms() {
        return TermsOfUse.version().equals(termsVersion);
    }

    /** A colleague who accepted an invitation: their address is proven by the link they followed. */
    public static UserAccount invited(String email, String displayName, String passwordHash, String role, UUID organizationId,
                                      Instant now) {
        var account = new UserAccount(email, passwordHash, role, organizationId, AccountStatus.ACTIVE, now);
        account.displayName = displayName;
        account.membership = Membership.MEMBER;
        account.emailConfirmedAt = now;
        account.registerEvent(new MemberJoined(account.id, organizationId));
        return account;
    }

    /** A person asking to join an organisation already registered: the account signs in once the request is accepted. */
    public static UserAccount claimant(String email, @Nullable String displayName, String passwordHash, String role, UUID organizationId,
                                       Instant now) {
        var account = new UserAccount(email, passwordHash, role, organizationId, AccountStatus.PENDING_JOIN, now);
        account.displayName = displayName;
        account.membership = Membership.MEMBER;
        return account;
    }

    /** The request to join was accepted: the account is a member now (a responsable when the organisation is handed over). */
    public void admit(boolean asResponsable, UUID decidedBy) {
        if (status != AccountStatus.PENDING_JOIN) {
            throw new IllegalStateException("Only a pending request to join is admitted");
        }
        status = AccountStatus.ACTIVE;
        registerEvent(new MemberJoined(id, organizationId));
        if (asResponsable) {
            makeResponsable(decidedBy);
        }
    }

    public void refuseJoin(String reason) {
        if (status == AccountStatus.PENDING_JOIN) {
            status = AccountStatus.REFUSED;
            refusalReason = reason;
        }
    }

    /** The member proved their address (a link they followed, or an admin who checked). */
    public void confirmEmail(Instant now) {
        if (emailConfirmedAt == null) {
            emailConfirmedAt = now;
        }
    }

    public boolean emailProven() {
        return emailConfirmedAt != null;
    }

    public void askEmailChange(String newEmail) {
        pendingEmail = newEmail;
    }

    /**
     * The new address is proven: it replaces the old one, which signs in no more; every session ends (they were
     * signed in under the old address).
     */
    public void changeEmail(String newEmail, Instant now) {
        email = newEmail;
        pendingEmail = null;
        emailConfirmedAt = now;
        credentialsChangedAt = now;
    }

    public @Nullable String pendingEmail() {
        return pendingEmail;
    }

    public void rename(String name) {
        displayName = name;
    }

    /** A former member who accepted an invitation with their existing account: they join that organisation. */
    public void join(UUID organization, String newRole, Instant now) {
        organizationId = organization;
        role = newRole;
        status = AccountStatus.ACTIVE;
        membership = Membership.MEMBER;
        confirmEmail(now);
        credentialsChangedAt = now;
        registerEvent(new MemberJoined(id, organization));
    }

    /** The member leaves their organisation, or is removed by a responsable: they sign in no more. */
    public void leave(boolean removed, Instant now) {
        status = AccountStatus.LEFT;
        membership = Membership.MEMBER;
        credentialsChangedAt = now;
        registerEvent(new MemberLeft(id, organizationId, removed));
    }

    public void makeResponsable(UUID namedBy) {
        if (membership != Membership.RESPONSABLE) {
            membership = Membership.RESPONSABLE;
            registerEvent(new ResponsableNamed(id, organizationId, namedBy));
        }
    }

    public Membership membership() {
        return membership;
    }

    public boolean isResponsable() {
        return membership == Membership.RESPONSABLE && status == AccountStatus.ACTIVE;
    }

    public @Nullable Instant lastLoginAt() {
        return lastLoginAt;
    }

    public @Nullable Instant previousLoginAt() {
        return previousLoginAt;
    }

    public Instant createdAt() {
        return createdAt;
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
    }

    /** When the password last changed, or null when never since registration. */
    public Instant credentialsChangedAt() {
        return credentialsChangedAt;
    }

    /**
     * Erases the person: no name, no address (one made of the id, which no one can receive), no password that can match;
     * the sessions end at their next click. The row stays for the journal's ids.
     */
    public void erase(Instant now) {
        email = "erased-" + id + "@invalid";
        displayName = null;
        pendingEmail = null;
        refusalReason = null;
        passwordHash = "!erased";
        status = AccountStatus.ERASED;
        membership = Membership.MEMBER;
        credentialsChangedAt = now;
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
        return new Account(id, email, role, organizationId, status, createdAt, refusalReason, displayName, membership,
                emailConfirmedAt);
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
