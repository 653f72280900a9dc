package org.alliances.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Optional;

import org.alliances.kernel.runtime.SecurityLog;
import org.alliances.accounts.internal.Invitations;
import org.alliances.accounts.internal.StoredInvitation;
import org.alliances.accounts.internal.Throttle;
import org.alliances.accounts.internal.UserAccount;
import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.jspecify.annotations.Nullable;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The invited person's side of an invitation, through the link they received (nobody needs to be signed in): they
 * give a name and a password, or the password of the account they already have with that address, and become a
 * member of the organisation. The link proves their address; it works once.
 */
@Service
public class InvitationAcceptance {

    /** The page a link opens, followed by the token. */
    public static final String ROUTE = "invitation";
    /** At most this many tries of an existing account's password from one client, in an hour. */
    public static final int TRIES_MAX = 10;

    /** What an invitation link is, for the page it opens. */
    public record Link(LinkStatus status, @Nullable String organizationName, @Nullable String email, boolean hasAccount) {
    }

    private final SecurityLog securityLog;
    private final Invitations invitations;
    private final UserAccounts accounts;
    private final OrganizationService organizations;
    private final NewAccountChecks checks;
    private final PasswordEncoder passwordEncoder;
    private final Throttle throttle;
    private final Clock clock;

    InvitationAcceptance(Invitations invitations, UserAccounts accounts, OrganizationService organizations,
                         NewAccountChecks checks, PasswordEncoder passwordEncoder, Throttle throttle, Clock clock, SecurityLog securityLog) {
        this.securityLog = securityLog;
        this.invitations = invitations;
        this.accounts = accounts;
        this.organizations = organizations;
        this.checks = checks;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** What the link is: valid (for which organisation and address, with an account or not), expired, used or unknown. */
    @Transactional(readOnly = true)
    public Link open(String token) {
        var found = invitations.findByToken(token);
        if (found.isEmpty()) {
            return new Link(LinkStatus.UNKNOWN, null, null, false);
        }
        var invitation = found.get();
        var status = status(invitation);
        if (status != LinkStatus.VALID) {
            return new Link(status, null, null, false);
        }
        var name = organizations.find(invitation.organizationId()).map(Organization::name).orElse("");
        return new Link(status, name, invitation.email(), accounts.existsByEmail(invitation.email()));
    }

    /** A new person joins having accepted the terms of use elsewhere (the platform's own callers: demo data, tests). */
    @Transactional
    public Account joinAsNewMember(String token, @Nullable String name, @Nullable String password, @Nullable String confirmation) {
        return joinAsNewMember(token, name, password, confirmation, true);
    }

    /**
     * A new person joins from the invitation's page: their name, their password (twice) and the terms of use accepted;
     * their account is active and proven at once.
     *
     * @throws InvalidInputException the link's problem ("link"), or the problems at their fields; nothing is saved then
     */
    @Transactional
    public Account joinAsNewMember(String token, @Nullable String name, @Nullable String password, @Nullable String confirmation,
                                   boolean acceptsTerms) {
        var invitation = valid(token);
        var problems = new InvalidInputException.Collector();
        checks.name(name, problems);
        if (!acceptsTerms) {
            problems.add("terms", "terms.required");
        }
        checks.password(password, confirmation, invitation.email(), problems);
        if (accounts.existsByEmail(invitation.email())) {
            problems.add("link", "invitation.accept.has-account");
        }
        problems.throwIfAny();
        var now = clock.instant();
        invitation.accept(now);
        var account = accounts.save(UserAccount.invited(invitation.email(), name.strip(), passwordEncoder.encode(password),
                invitation.role(), invitation.organizationId(), now));
        securityLog.event("member-joined", account.id());
        return account.toAccount();
    }

    /**
     * A person who already has an account with the invited address joins with it: its password first. An account
     * that left its organisation moves to the new one; one still active in another organisation must leave it first.
     *
     * @throws InvalidInputException the link's problem, a wrong password, an account active elsewhere or not allowed
     */
    @Transactional
    public Account joinWithAccount(String token, @Nullable String password, String client) {
        var invitation = valid(token);
        if (!throttle.allow("invitation-client:" + client, TRIES_MAX, Duration.ofHours(1))) {
            throw InvalidInputException.of("existingPassword", "invitation.accept.too-many");
        }
        var account = accounts.findByEmail(invitation.email())
                .orElseThrow(() -> InvalidInputException.of("link", "invitation.accept.no-account"));
        if (password == null || !passwordEncoder.matches(password, account.passwordHash())) {
            throw InvalidInputException.of("existingPassword", "password.current.wrong");
        }
        var now = clock.instant();
        if (account.organizationId().equals(invitation.organizationId()) && account.status() == AccountStatus.ACTIVE) {
            invitation.accept(now);
            return account.toAccount();
        }
        if (account.status() == AccountStatus.ACTIVE) {
            throw InvalidInputException.of("link", "invitation.accept.elsewhere");
        }
        if (account.status() != AccountStatus.LEFT) {
            throw InvalidInputException.of("link", "invitation.accept.inactive");
        }
        invitation.accept(now);
        account.join(invitation.organizationId(), invitation.role(), now);
        accounts.save(account);
        securityLog.event("member-joined", account.id());
        return account.toAccount();
    }

    private StoredInvitation valid(String token) {
        Optional<StoredInvitation> found = invitations.findByToken(token);
        var status = found.map(this::status).orElse(LinkStatus.UNKNOWN);
        if (status != LinkStatus.VALID) {
            throw InvalidInputException.of("link", "invitation.link." + status.name().toLowerCase(java.util.Locale.ROOT));
        }
        return found.get();
    }

    private LinkStatus status(StoredInvitation invitation) {
        if (!invitation.isOpen()) {
            return invitation.isAccepted() ? LinkStatus.USED : LinkStatus.UNKNOWN;
        }
        return invitation.isExpiredAt(clock.instant()) ? LinkStatus.EXPIRED : LinkStatus.VALID;
    }
}
