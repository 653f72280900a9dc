package org.alliances.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.kernel.runtime.SecurityLog;
import org.alliances.accounts.internal.SignedIn;
import org.alliances.accounts.internal.AuditJournal;
import org.alliances.accounts.internal.Invitations;
import org.alliances.kernel.runtime.Links;
import org.alliances.accounts.internal.StoredInvitation;
import org.alliances.accounts.internal.Throttle;
import org.alliances.accounts.internal.Tokens;
import org.alliances.accounts.internal.UserAccount;
import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.AfterCommit;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.Roles;
import org.alliances.kernel.runtime.Mailer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The members of an organisation: its responsables invite colleagues by e-mail (14 days, withdrawn or sent again at
 * will), name other responsables and remove members; any member may leave. An organisation always keeps a responsable.
 * Admins invite admins the same way. Only members of the organisation see or change any of it.
 */
@Service
public class Memberships {

    /** At most this many invitations sent to one address, or by one member, in {@link #WINDOW}. */
    public static final int SENDS_MAX = 5;
    public static final int SENDS_BY_MEMBER_MAX = 20;
    public static final Duration WINDOW = Duration.ofHours(1);

    private final SecurityLog securityLog;
    private final NewAccountChecks checks;
    private final UserAccounts accounts;
    private final Invitations invitations;
    private final OrganizationService organizations;
    private final Throttle throttle;
    private final Mailer mailer;
    private final I18NProvider texts;
    private final Links links;
    private final AuditJournal journal;
    private final Clock clock;

    Memberships(UserAccounts accounts, Invitations invitations, OrganizationService organizations, Throttle throttle, Mailer mailer,
                I18NProvider texts, Links links, AuditJournal journal, Clock clock, SecurityLog securityLog, NewAccountChecks checks) {
        this.checks = checks;
        this.securityLog = securityLog;
        this.accounts = accounts;
        this.invitations = invitations;
        this.organizations = organizations;
        this.throttle = throttle;
        this.mailer = mailer;
        this.texts = texts;
        this.links = links;
        this.journal = journal;
        this.clock = clock;
    }

    /** The active members of the signed-in member's organisation, responsables first, then by name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Member> members() {
        return accounts.findByOrganizationIdAndStatus(me().organizationId(), AccountStatus.ACTIVE).stream()
                .map(Memberships::toMember)
                .sorted(Comparator.comparing(Member::membership).thenComparing(member -> member.name().toLowerCase(Locale.ROOT)))
                .toList();
    }

    /** The open invitations of the organisation, for its responsables (and for admins, the team's). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public List<Invitation> invitations() {
        var me = inviter();
        return invitations.findByOrganizationIdAndAcceptedAtIsNullAndWithdrawnAtIsNullOrderByCreatedAtDesc(me.organizationId())
                .stream().map(invitation -> invitation.toInvitation(clock.instant())).toList();
    }

    /** Whether the signed-in member may invite and manage members (a responsable; any admin for the team). */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean canManage() {
        return mayManage(me());
    }

    /**
     * Invites a colleague to join the organisation with the same role; the link is valid 14 days.
     *
     * @throws InvalidInputException the address missing, malformed, already a member's or invited; the member's address
     *                               not proven; too many invitations in the hour
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Invitation invite(String email, String client, Locale language) {
        var me = inviter();
        if (!me.emailProven()) {
            throw InvalidInputException.of("emailProof", "email.proof.required");
        }
        var problems = new InvalidInputException.Collector();
        var address = checks.address(email, "email", problems);
        problems.throwIfAny();
        if (accounts.findByEmail(address).filter(found -> found.organizationId().equals(me.organizationId())
                && found.status() == AccountStatus.ACTIVE).isPresent()) {
            throw InvalidInputException.of("email", "members.invite.already-member");
        }
        if (invitations.findByOrganizationIdAndEmailAndAcceptedAtIsNullAndWithdrawnAtIsNull(me.organizationId(), address).isPresent()) {
            throw InvalidInputException.of("email", "members.invite.already-invited");
        }
        throttleSending(me, address, client);
        var token = Tokens.random();
        var invitation = invitations.save(new StoredInvitation(me.organizationId(), address, me.role(), me.id(), token, clock.instant()));
        if (Roles.ADMIN.equals(me.role())) {
            journal.record(AuditJournal.Action.ADMIN_INVITED, null, me.organizationId(), null);
        }
        send(invitation, me, token, language);
        securityLog.event(Roles.ADMIN.equals(me.role()) ? "admin-invited" : "member-invited", me.id());
        return invitation.toInvitation(clock.instant());
    }

    /** Sends an invitation again: a new link, valid 14 days from now; the old link no longer works. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public Invitation resend(UUID invitationId, String client, Locale language) {
        var me = inviter();
        var invitation = openInvitationOf(me, invitationId);
        throttleSending(me, invitation.email(), client);
        var token = Tokens.random();
        invitation.renew(token, clock.instant());
        send(invitation, me, token, language);
        return invitation.toInvitation(clock.instant());
    }

    /** Withdraws an invitation: its link no longer works. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void withdraw(UUID invitationId) {
        var me = inviter();
        openInvitationOf(me, invitationId).withdraw(clock.instant());
    }

    /** Makes another member of the organisation a responsable too. */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void makeResponsable(UUID accountId) {
        var me = inviter();
        colleague(me, accountId).makeResponsable(me.id());
        securityLog.event("responsable-named", accountId);
    }

    /**
     * Removes a member from the organisation: they sign in no more (their session ends at their next click); what they
     * signed keeps their name.
     *
     * @throws InvalidInputException when the member is oneself (leave instead)
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void remove(UUID accountId) {
        var me = inviter();
        if (me.id().equals(accountId)) {
            throw InvalidInputException.of("member", "members.remove.self");
        }
        var colleague = colleague(me, accountId);
        colleague.leave(true, clock.instant());
        accounts.save(colleague);
        securityLog.event("member-removed", accountId);
    }

    /**
     * The signed-in member leaves their organisation and signs out; their account signs in no more.
     *
     * @throws InvalidInputException when they are its last responsable: they name another first
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void leave() {
        var me = me();
        if (me.isResponsable() && accounts.findByOrganizationIdAndStatus(me.organizationId(), AccountStatus.ACTIVE).stream()
                .noneMatch(other -> other.isResponsable() && !other.id().equals(me.id()))) {
            throw InvalidInputException.of("member", "members.leave.last-responsable");
        }
        me.leave(false, clock.instant());
        accounts.save(me);
        securityLog.event("member-left", me.id());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------------

    private void send(StoredInvitation invitation, UserAccount inviter, String token, Locale language) {
        var organization = organizations.find(invitation.organizationId()).map(Organization::name).orElse("");
        var link = links.to(InvitationAcceptance.ROUTE, token);
        var address = invitation.email();
        var from = inviter.toAccount().name();
        AfterCommit.run(() -> mailer.send("invitation", address, texts.getTranslation("invitation.mail.subject", language, organization),
                texts.getTranslation("invitation.mail.body", language, from, organization, link,
                        StoredInvitation.VALIDITY.toDays())));
    }

    private void throttleSending(UserAccount me, String address, String client) {
        if (!throttle.allow("invite-address:" + address, SENDS_MAX, WINDOW)
                || !throttle.allow("invite-member:" + me.id(), SENDS_BY_MEMBER_MAX, WINDOW)
                || !throttle.allow("invite-client:" + client, SENDS_BY_MEMBER_MAX, WINDOW)) {
            throw InvalidInputException.of("email", "members.invite.too-many");
        }
    }

    private StoredInvitation openInvitationOf(UserAccount me, UUID invitationId) {
        return invitations.findById(invitationId)
                .filter(found -> found.organizationId().equals(me.organizationId()) && found.isOpen())
                .orElseThrow(() -> InvalidInputException.of("invitation", "members.invitation.unknown"));
    }

    private UserAccount colleague(UserAccount me, UUID accountId) {
        return accounts.findById(accountId)
                .filter(found -> found.organizationId().equals(me.organizationId()) && found.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> InvalidInputException.of("member", "members.unknown"));
    }

    /** The signed-in member, when they may manage members; refused otherwise. */
    private UserAccount inviter() {
        var me = me();
        if (!mayManage(me)) {
            throw new AccessDeniedException("Only a responsable manages the members of an organisation");
        }
        return me;
    }

    private static boolean mayManage(UserAccount account) {
        return account.status() == AccountStatus.ACTIVE && (account.isResponsable() || Roles.ADMIN.equals(account.role()));
    }

    private UserAccount me() {
        return accounts.findByLogin(SignedIn.name()).filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new AccessDeniedException("No active member is signed in"));
    }

    static Member toMember(UserAccount account) {
        var view = account.toAccount();
        return new Member(account.id(), view.name(), account.email(), account.membership(), account.createdAt(),
                account.lastLoginAt(), account.emailProven());
    }
}
