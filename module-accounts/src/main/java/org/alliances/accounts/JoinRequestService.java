package org.alliances.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.kernel.runtime.SecurityLog;
import org.alliances.accounts.internal.SignedIn;
import org.alliances.accounts.internal.AuditJournal;
import org.alliances.accounts.internal.JoinRequests;
import org.alliances.kernel.runtime.Links;
import org.alliances.accounts.internal.StoredJoinRequest;
import org.alliances.accounts.internal.StoredJoinRequest.Outcome;
import org.alliances.accounts.internal.UserAccount;
import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.AfterCommit;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationIdentifiers;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.TextColumn;
import org.alliances.kernel.runtime.Mailer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person whose organisation is already registered asks to join it instead of registering it again: its responsables
 * accept or refuse. A contested registration ("it is not legitimate"), a request left 14 days without answer, and a
 * second agent's request for a territory go to the admins too, who may accept, refuse, or — after checking — hand the
 * organisation to the claimant (its previous members then leave it, and are told).
 */
@Service
public class JoinRequestService {

    /** How long the responsables have to answer before the admins decide. */
    public static final Duration ANSWER_DELAY = Duration.ofDays(14);
    /** What the person asking says to the responsables. */
    public static final TextColumn MESSAGE = TextColumn.lines("accounts_join_request", "message", 1000);

    private static final Logger log = LoggerFactory.getLogger(JoinRequestService.class);

    private final SecurityLog securityLog;
    private final JoinRequests requests;
    private final UserAccounts accounts;
    private final OrganizationService organizations;
    private final NewAccountChecks checks;
    private final PasswordEncoder passwordEncoder;
    private final EmailVerification emailVerification;
    private final Mailer mailer;
    private final I18NProvider texts;
    private final Links links;
    private final AuditJournal journal;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    JoinRequestService(JoinRequests requests, UserAccounts accounts, OrganizationService organizations, NewAccountChecks checks,
                       PasswordEncoder passwordEncoder, EmailVerification emailVerification, Mailer mailer,
                       I18NProvider texts, Links links, AuditJournal journal, ApplicationEventPublisher events, Clock clock, SecurityLog securityLog) {
        this.securityLog = securityLog;
        this.requests = requests;
        this.accounts = accounts;
        this.organizations = organizations;
        this.checks = checks;
        this.passwordEncoder = passwordEncoder;
        this.emailVerification = emailVerification;
        this.mailer = mailer;
        this.texts = texts;
        this.links = links;
        this.journal = journal;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Asks to join the association or company registered with this identifier, with a new account that signs in once
     * the request is accepted (a link proves its address meanwhile). An address that has an account already is
     * answered like a success, its owner told by e-mail.
     *
     * @throws InvalidInputException with every problem at its field; nothing is saved then
     */
    @Transactional
    public void ask(OrganizationType type, @Nullable String identifier, @Nullable String name, Credentials credentials,
                    boolean contested, @Nullable String message, String client, Locale language) {
        if (type != OrganizationType.ASSOCIATION && type != OrganizationType.COMPANY) {
            throw InvalidInputException.of("type", "join.type.required");
        }
        var organization = organizations.findByIdentifier(type, OrganizationIdentifiers.normalize(identifier));
        var problems = new InvalidInputException.Collector();
        if (organization.isEmpty()) {
            problems.add("identifier", "join.organization.unknown." + type.name());
        }
        checkRequest(name, message, problems);
        open(organization.map(Organization::id).orElse(null), type.role(), name, credentials, contested, message, client,
                language, problems);
    }

    /**
     * A local authority's agent asks for access to a territory that already has an account: its approved agents and the
     * admins both may answer. The caller limits it per client.
     */
    @Transactional
    public void askForTerritory(Organization territory, Credentials credentials, String client, Locale language) {
        open(territory.id(), territory.type().role(), null, credentials, false, null, client, language,
                new InvalidInputException.Collector());
    }

    private void checkRequest(@Nullable String name, @Nullable String message, InvalidInputException.Collector problems) {
        checks.name(name, problems);
        MESSAGE.check("message", message, problems);
    }

    private void open(@Nullable UUID organizationId, String role, @Nullable String name, Credentials credentials, boolean contested,
                      @Nullable String message, String client, Locale language, InvalidInputException.Collector problems) {
        if (checks.answeredQuietly(credentials, problems, client, language)) {
            return;
        }
        var address = UserAccounts.normalize(credentials.email());
        var now = clock.instant();
        var account = accounts.save(UserAccount.claimant(address, name == null ? null : name.strip(),
                passwordEncoder.encode(credentials.password()), role, organizationId, now));
        boolean territory = OrganizationType.LOCAL_AUTHORITY.role().equals(role);
        var request = new StoredJoinRequest(organizationId, account.id(), contested, message == null || message.isBlank() ? null : message.strip(), now);
        if (territory) {
            request.escalate(now);
        }
        requests.save(request);
        emailVerification.sendFirstLink(account, language);
        events.publishEvent(new JoinRequested(request.id(), organizationId, !contested, contested || territory));
        log.info("Join request {} for organisation {}", request.id(), organizationId);
    }

    /** The open requests the signed-in responsable answers. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<JoinRequest> forMyOrganization() {
        var me = responsable();
        return requests.findByOrganizationIdAndDecidedAtIsNullAndContestedFalseOrderByCreatedAt(me.organizationId()).stream()
                .map(this::toJoinRequest).toList();
    }

    /** The open requests the admins decide: contested, left without answer, territories. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<JoinRequest> forAdmins() {
        return requests.findByDecidedAtIsNullAndEscalatedAtIsNotNullOrderByCreatedAt().stream().map(this::toJoinRequest).toList();
    }

    /** A responsable (or an admin) accepts: the person becomes a member. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void accept(UUID requestId) {
        var me = accounts.findByLogin(SignedIn.name()).orElseThrow();
        var request = decidable(me, requestId);
        request.decide(Outcome.ACCEPTED, clock.instant());
        var claimant = accounts.findById(request.accountId()).orElseThrow();
        claimant.admit(false, me.id());
        accounts.save(claimant);
        if (SignedIn.isAdmin()) {
            journal.record(AuditJournal.Action.JOIN_ACCEPTED, claimant.id(), request.organizationId(), null);
        }
        events.publishEvent(new JoinRequestDecided(request.id(), request.organizationId(), claimant.id(), true));
        securityLog.event("join-request-accepted", claimant.id());
    }

    /**
     * A responsable (or an admin) refuses, saying why: the account does not sign in; the person is told.
     *
     * @throws InvalidInputException when no reason is given or it is too long
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void refuse(UUID requestId, @Nullable String reason) {
        var cleanReason = AccountService.checkReason(reason);
        var me = accounts.findByLogin(SignedIn.name()).orElseThrow();
        var request = decidable(me, requestId);
        request.decide(Outcome.REFUSED, clock.instant());
        var claimant = accounts.findById(request.accountId()).orElseThrow();
        claimant.refuseJoin(cleanReason);
        if (SignedIn.isAdmin()) {
            journal.record(AuditJournal.Action.JOIN_REFUSED, claimant.id(), request.organizationId(), cleanReason);
        }
        events.publishEvent(new JoinRequestDecided(request.id(), request.organizationId(), claimant.id(), false));
        securityLog.event("join-request-refused", claimant.id());
    }

    /**
     * After checking, an admin hands the organisation to the person who claimed it: they become its responsable; its
     * previous members leave it (they are told by e-mail).
     *
     * @throws InvalidInputException when no reason is given (the previous members are told why) or it is too long
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void handOver(UUID requestId, @Nullable String reason, Locale language) {
        var cleanReason = AccountService.checkReason(reason);
        var me = accounts.findByLogin(SignedIn.name()).orElseThrow();
        var request = requests.findById(requestId).filter(StoredJoinRequest::isOpen)
                .orElseThrow(() -> InvalidInputException.of("request", "join.request.unknown"));
        request.decide(Outcome.HANDED_OVER, clock.instant());
        var claimant = accounts.findById(request.accountId()).orElseThrow();
        var organization = organizations.find(request.organizationId()).map(Organization::name).orElse("");
        for (var previous : accounts.findByOrganizationIdAndStatus(request.organizationId(), AccountStatus.ACTIVE)) {
            previous.leave(true, clock.instant());
            var address = previous.email();
            AfterCommit.run(() -> mailer.send("organization-handed-over", address, texts.getTranslation("join.handed-over.mail.subject", language, organization),
                    texts.getTranslation("join.handed-over.mail.body", language, organization, cleanReason)));
        }
        claimant.admit(true, me.id());
        accounts.save(claimant);
        journal.record(AuditJournal.Action.ORGANIZATION_HANDED_OVER, claimant.id(), request.organizationId(), cleanReason);
        events.publishEvent(new OrganizationHandedOver(request.organizationId(), claimant.id()));
        securityLog.event("organization-handed-over", claimant.id());
    }

    /** Requests left 14 days without answer go to the admins (hourly). */
    @Scheduled(cron = "${alliances.accounts.join-requests-cron:0 15 * * * *}")
    @SchedulerLock(name = "join-requests-escalation", lockAtLeastFor = "PT30S")
    @Transactional
    public void escalateUnanswered() {
        var now = clock.instant();
        for (var request : requests.findByDecidedAtIsNullAndEscalatedAtIsNullAndCreatedAtBefore(now.minus(ANSWER_DELAY))) {
            request.escalate(now);
            events.publishEvent(new JoinRequestEscalated(request.id(), request.organizationId()));
        }
    }

    private StoredJoinRequest decidable(UserAccount me, UUID requestId) {
        var request = requests.findById(requestId).filter(StoredJoinRequest::isOpen)
                .orElseThrow(() -> InvalidInputException.of("request", "join.request.unknown"));
        boolean admin = SignedIn.isAdmin() && request.isEscalated();
        boolean responsable = me.isResponsable() && me.organizationId().equals(request.organizationId()) && !request.contested();
        if (!admin && !responsable) {
            throw InvalidInputException.of("request", "join.request.unknown");
        }
        return request;
    }

    private UserAccount responsable() {
        var me = accounts.findByLogin(SignedIn.name()).filter(UserAccount::isResponsable)
                .orElseThrow(() -> new AccessDeniedException("Only a responsable answers the requests to join"));
        return me;
    }

    private JoinRequest toJoinRequest(StoredJoinRequest request) {
        var claimant = accounts.findById(request.accountId()).orElseThrow();
        var organization = organizations.find(request.organizationId()).map(Organization::name).orElse("");
        return request.toJoinRequest(claimant.toAccount().name(), claimant.email(), organization);
    }
}
