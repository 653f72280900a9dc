package org.alliances.accounts;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.alliances.kernel.runtime.SecurityLog;
import org.alliances.accounts.internal.SignedIn;
import org.alliances.accounts.internal.AuditJournal;
import org.alliances.accounts.internal.PasswordPolicy;
import org.alliances.accounts.internal.UserAccount;
import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationProfile;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationStatus;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.TextChecks;
import org.alliances.kernel.TextColumn;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Territory;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates members' accounts with their organisation, in one transaction: a refused registration saves nothing.
 * Admins approve local authorities and deactivate accounts here.
 */
@Service
public class AccountService {

    public static final String PLATFORM_IDENTIFIER = "ALLIANCES";
    /** The longest reason an admin may give for refusing a local authority's access (it is sent to the agent). */
    /** Why an admin or a responsable refused: sent to the person refused and kept in the journal. */
    public static final TextColumn REFUSAL_REASON = TextColumn.lines("accounts_user", "refusal_reason", 1000);

    /** How many organisations of each type an admin's search by name brings, with their members. */
    static final int ORGANIZATIONS_SEARCHED = 50;
    /** At most this many registrations from one client in {@link #REGISTRATION_WINDOW}. */
    public static final int REGISTRATIONS_MAX = 10;
    public static final Duration REGISTRATION_WINDOW = Duration.ofHours(1);

    private final SecurityLog securityLog;
    private final UserAccounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final OrganizationService organizations;
    private final Territories territories;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final EmailVerification emailVerification;
    private final AuditJournal journal;
    private final JoinRequestService joinRequests;
    private final NewAccountChecks checks;

    AccountService(UserAccounts accounts, PasswordPolicy passwordPolicy, PasswordEncoder passwordEncoder,
                   OrganizationService organizations, Territories territories, ApplicationEventPublisher events, Clock clock,
                   EmailVerification emailVerification, AuditJournal journal, JoinRequestService joinRequests, NewAccountChecks checks,
                   SecurityLog securityLog) {
        this.securityLog = securityLog;
        this.checks = checks;
        this.joinRequests = joinRequests;
        this.emailVerification = emailVerification;
        this.journal = journal;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.organizations = organizations;
        this.territories = territories;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Registers an association or a company and its first member, active at once.
     *
     * @throws InvalidInputException with every problem found, field by field; nothing is saved then
     */
    @Transactional
    public Account register(OrganizationRegistration organization, Credentials credentials) {
        return register(organization, credentials, Locale.FRENCH);
    }

    /**
     * Registers an association or a company and its first member, its responsable, who can sign in at once and is sent
     * a link to prove their address (in their language).
     *
     * @throws InvalidInputException with every problem found, field by field; nothing is saved then
     */
    @Transactional
    public Account register(OrganizationRegistration organization, Credentials credentials, Locale language) {
        if (organization.type() != OrganizationType.ASSOCIATION && organization.type() != OrganizationType.COMPANY) {
            throw new IllegalArgumentException("Only associations and companies register themselves");
        }
        var normalizedEmail = check(organization, credentials);
        var saved = organizations.register(organization);
        var account = accounts.save(new UserAccount(normalizedEmail, passwordEncoder.encode(credentials.password()),
                organization.type().role(), saved.id(), AccountStatus.ACTIVE, clock.instant()));
        emailVerification.sendFirstLink(account, language);
        return account.toAccount();
    }

    /**
     * A visitor's registration, from the registration pages: limited per client, and an address that has an account
     * already is answered like a success while its owner is told by e-mail — nothing tells the visitor whether an
     * address is registered. The other problems are shown at their fields as usual.
     *
     * @throws InvalidInputException the problems other than a taken address; or too many registrations from the client
     */
    @Transactional
    public void signUp(OrganizationRegistration organization, Credentials credentials, String client, Locale language) {
        var problems = organizations.check(organization);
        if (!checks.answeredQuietly(credentials, problems, client, language)) {
            register(organization, credentials, language);
        }
    }

    /** A local authority's request from its page, with the same care as {@link #signUp}. */
    @Transactional
    public void signUpLocalAuthority(@Nullable Territory territory, Credentials credentials, String client, Locale language) {
        var problems = new InvalidInputException.Collector();
        if (territory == null) {
            problems.add("territory", "organization.territory.required");
        }
        var approved = territory == null ? Optional.<Organization>empty()
                : organizations.findByIdentifier(OrganizationType.LOCAL_AUTHORITY, territory.code())
                .filter(found -> found.status() == OrganizationStatus.ACTIVE);
        if (approved.isPresent()) {
            // the territory has approved agents: they, and the admins, answer the new agent's request
            joinRequests.askForTerritory(approved.get(), credentials, client, language);
            return;
        }
        if (!checks.answeredQuietly(credentials, problems, client, language)) {
            requestLocalAuthorityAccess(territory, credentials, language);
        }
    }

    /**
     * Records a local authority's request for access; the account works only once an admin approved it.
     *
     * @throws InvalidInputException with every problem found; nothing is saved then
     */
    @Transactional
    public Account requestLocalAuthorityAccess(Territory territory, Credentials credentials) {
        return requestLocalAuthorityAccess(territory, credentials, Locale.FRENCH);
    }

    /** The same, with the confirmation link in the agent's language. */
    @Transactional
    public Account requestLocalAuthorityAccess(Territory territory, Credentials credentials, Locale language) {
        if (territory == null) {
            var problems = new InvalidInputException.Collector().add("territory", "organization.territory.required");
            checks.credentials(credentials, problems);
            problems.throwIfAny();
        }
        var registration = OrganizationRegistration.localAuthority(territory, territories.largestCommune(territory).code());
        var normalizedEmail = check(registration, credentials);
        var organization = organizations.register(registration);
        var account = accounts.save(new UserAccount(normalizedEmail, passwordEncoder.encode(credentials.password()),
                Roles.LOCAL_AUTHORITY, organization.id(), AccountStatus.PENDING_APPROVAL, clock.instant()));
        events.publishEvent(new LocalAuthorityAccessRequested(account.id(), organization.id(), territory.level(), territory.code()));
        emailVerification.sendFirstLink(account, language);
        return account.toAccount();
    }

    /** Creates an admin of the platform team: only the first one, from configuration at first start (package-private). */
    @Transactional
    Account createAdmin(String email, String password) {
        var problems = new InvalidInputException.Collector();
        var normalizedEmail = checks.credentials(new Credentials(email, password, password), problems);
        problems.throwIfAny();
        var team = organizations.findByIdentifier(OrganizationType.PLATFORM, PLATFORM_IDENTIFIER).orElseGet(() ->
                organizations.register(new OrganizationRegistration(OrganizationType.PLATFORM, "Équipe Alliances",
                        PLATFORM_IDENTIFIER, "75056", null, null, null)));
        var admin = new UserAccount(normalizedEmail, passwordEncoder.encode(password), Roles.ADMIN, team.id(),
                AccountStatus.ACTIVE, clock.instant());
        // the operator who configured the address vouches for it
        admin.confirmEmail(clock.instant());
        return accounts.save(admin).toAccount();
    }

    @Transactional(readOnly = true)
    public boolean adminExists() {
        return accounts.existsByRole(Roles.ADMIN);
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByEmail(String email) {
        return accounts.findByLogin(email).map(UserAccount::toAccount);
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(UUID id) {
        return accounts.findById(id).map(UserAccount::toAccount);
    }

    /** The active members acting for an organisation, to tell them what happens to it. */
    @Transactional(readOnly = true)
    public List<Account> activeMembersOf(UUID organizationId) {
        return accounts.findByOrganizationIdAndStatus(organizationId, AccountStatus.ACTIVE).stream().map(UserAccount::toAccount).toList();
    }

    @Transactional(readOnly = true)
    public List<Account> activeAdmins() {
        return accounts.findByRoleAndStatus(Roles.ADMIN, AccountStatus.ACTIVE).stream().map(UserAccount::toAccount).toList();
    }

    /**
     * The signed-in member changes their password: the current one first, then the new one twice. Their other
     * sessions end at their next click; the caller keeps the current one ({@code SessionCredentials.accept}).
     *
     * @return when the new password took effect
     * @throws InvalidInputException with every problem found; the password is unchanged then
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Instant changeMyPassword(String currentPassword, String newPassword, String confirmation) {
        var account = accounts.findByLogin(SignedIn.name()).orElseThrow();
        var problems = new InvalidInputException.Collector();
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.passwordHash())) {
            problems.add("currentPassword", "password.current.wrong");
        }
        passwordPolicy.problem(newPassword, account.email()).ifPresent(key -> problems.add("password", key));
        if (newPassword != null && newPassword.equals(currentPassword)) {
            problems.add("password", "password.same");
        }
        if (newPassword != null && !newPassword.equals(confirmation)) {
            problems.add("confirmation", "password.mismatch");
        }
        problems.throwIfAny();
        var now = clock.instant();
        account.changePasswordHash(passwordEncoder.encode(newPassword), now);
        securityLog.event("password-changed", account.id());
        return now;
    }

    /**
     * The signed-in member of an association or a company changes what their organisation says of itself;
     * they can reach no other organisation.
     *
     * @throws InvalidInputException with every problem found; nothing is saved then
     */
    @PreAuthorize("hasAnyRole('ASSOCIATION', 'COMPANY')")
    @Transactional
    public Organization updateMyOrganization(OrganizationProfile profile) {
        var account = accounts.findByLogin(SignedIn.name()).orElseThrow();
        return organizations.updateProfile(account.organizationId(), profile);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AccessRequest> pendingRequests() {
        var pending = accounts.findByStatusOrderByCreatedAt(AccountStatus.PENDING_APPROVAL);
        var orgs = organizations.findAll(pending.stream().map(UserAccount::organizationId).toList());
        return pending.stream().map(account -> new AccessRequest(account.toAccount(), orgs.get(account.organizationId()))).toList();
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void approve(UUID accountId) {
        var account = accounts.findById(accountId).orElseThrow();
        account.decide(true, null);
        accounts.save(account);
        journal.record(AuditJournal.Action.ACCESS_APPROVED, account.id(), account.organizationId(), null);
        securityLog.event("access-approved", account.id());
        organizations.changeStatus(account.organizationId(), OrganizationStatus.ACTIVE);
    }

    /** @throws InvalidInputException when no reason is given (the agent must know why) or it is too long */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void refuse(UUID accountId, String reason) {
        var why = checkReason(reason);
        var account = accounts.findById(accountId).orElseThrow();
        account.decide(false, why);
        accounts.save(account);
        journal.record(AuditJournal.Action.ACCESS_REFUSED, account.id(), account.organizationId(), why);
        securityLog.event("access-refused", account.id());
        organizations.changeStatus(account.organizationId(), OrganizationStatus.REFUSED);
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Page<AccessRequest> accounts(String text, int page, int size) {
        var wanted = text == null ? "" : TextChecks.searchWords(text, Member.EMAIL.max()).strip();
        var matching = new java.util.ArrayList<UUID>(List.of(new UUID(0, 0)));
        if (!wanted.isEmpty()) {
            for (var type : List.of(OrganizationType.ASSOCIATION, OrganizationType.COMPANY, OrganizationType.LOCAL_AUTHORITY)) {
                organizations.search(type, wanted, ORGANIZATIONS_SEARCHED).forEach(found -> matching.add(found.id()));
            }
        }
        var result = accounts.search(wanted, matching, PageRequest.of(page, size));
        var orgs = organizations.findAll(result.map(UserAccount::organizationId).toList());
        return result.map(account -> new AccessRequest(account.toAccount(), orgs.get(account.organizationId())));
    }

    /** @throws InvalidInputException when an admin tries to deactivate their own account */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deactivate(UUID accountId) {
        var account = accounts.findById(accountId).orElseThrow();
        if (account.email().equalsIgnoreCase(SignedIn.name())) {
            throw InvalidInputException.of("account", "admin.accounts.deactivate.self");
        }
        account.deactivate();
        accounts.save(account);
        journal.record(AuditJournal.Action.ACCOUNT_DEACTIVATED, account.id(), account.organizationId(), null);
        securityLog.event("account-deactivated", account.id());
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void reactivate(UUID accountId) {
        var account = accounts.findById(accountId).orElseThrow();
        account.reactivate();
        accounts.save(account);
        journal.record(AuditJournal.Action.ACCOUNT_REACTIVATED, account.id(), account.organizationId(), null);
        securityLog.event("account-reactivated", account.id());
    }

    private String check(OrganizationRegistration organization, Credentials credentials) {
        var problems = organizations.check(organization);
        var normalizedEmail = checks.credentials(credentials, problems);
        problems.throwIfAny();
        return normalizedEmail;
    }

    /**
     * What a new member types to log in later: the password twice, so that a typo does not lock them out, and their
     * acceptance of the terms of use (required).
     */
    public record Credentials(String email, String password, String confirmation, boolean acceptsTerms) {

        /** For accounts the platform makes itself (the first admin, the demo's and the tests' members): terms accepted. */
        public Credentials(String email, String password, String confirmation) {
            this(email, password, confirmation, true);
        }
    }

    /** The signed-in member accepts the terms of use in force. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void acceptTerms() {
        var account = accounts.findByLogin(SignedIn.name()).orElseThrow();
        account.acceptTerms(clock.instant());
        accounts.save(account);
        securityLog.event("terms-accepted", account.id());
    }

    /** An account with its organisation, for the admin's screens. */
    public record AccessRequest(Account account, Organization organization) {
    }

    /** A refusal's reason: given, and fit for its column; stripped. */
    static String checkReason(@Nullable String reason) {
        var problems = new InvalidInputException.Collector();
        if (reason == null || reason.isBlank()) {
            problems.add("reason", "access.refuse.reason.required");
        } else {
            REFUSAL_REASON.check("reason", reason, problems);
        }
        problems.throwIfAny();
        return reason.strip();
    }
}
