package org.alliances.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

import org.alliances.accounts.AccountClosure;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.PersonalData;
import org.alliances.kernel.Roles;
import org.alliances.kernel.runtime.SecurityLog;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes a member's account or a whole organisation, at the member's request (password typed again) or after years
 * without use. A member is erased in one transaction by every module's {@link PersonalData} part, so that no module can
 * be forgotten and nothing is half erased; an organisation then goes through {@code OrganizationDeleted}, which each
 * module applies once. Each erasure is recorded (kind, id, who asked, when) without what was erased.
 */
@Service
public class Erasures {

    /** Why an erasure happened. */
    public enum Reason { REQUEST, INACTIVITY }

    private final List<PersonalData> parts;
    private final AccountClosure closure;
    private final OrganizationService organizations;
    private final JdbcTemplate jdbc;
    private final SecurityLog securityLog;
    private final Clock clock;

    Erasures(List<PersonalData> parts, AccountClosure closure, OrganizationService organizations, JdbcTemplate jdbc,
             SecurityLog securityLog, Clock clock) {
        this.parts = parts;
        this.closure = closure;
        this.organizations = organizations;
        this.jdbc = jdbc;
        this.securityLog = securityLog;
        this.clock = clock;
    }

    /**
     * Deletes the signed-in member's account: their name and address erased everywhere, what they signed kept as
     * "Ancien membre". The caller signs them out.
     *
     * @throws InvalidInputException when the password is wrong, or they are their organisation's last responsable (or
     *                               the last admin): nothing changes then
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void deleteMyAccount(String password) {
        var me = closure.confirm(password);
        if (me.lastResponsable()) {
            throw InvalidInputException.of("account", Roles.ADMIN.equals(me.role())
                    ? "erasure.account.last-admin" : "erasure.account.last-responsable");
        }
        closure.erasable(me.accountId()).forEach(this::eraseEverywhere);
        record("MEMBER", me.accountId(), me.accountId(), Reason.REQUEST);
        securityLog.event("account-erased", me.accountId());
    }

    /**
     * Deletes the signed-in responsable's association or company: every account of it erased, then every module told
     * by {@code OrganizationDeleted} (needs withdrawn, partnerships ended and the partners told, diagnoses erased).
     *
     * @throws InvalidInputException when the password is wrong: nothing changes then
     */
    @PreAuthorize("hasAnyRole('ASSOCIATION', 'COMPANY')")
    @Transactional
    public void deleteMyOrganization(String password) {
        var me = closure.confirm(password);
        if (!me.responsable()) {
            throw new AccessDeniedException("Only a responsable deletes the organisation");
        }
        deleteOrganization(me.organizationId(), me.accountId(), Reason.REQUEST);
    }

    /**
     * Erases an account not used for years (the retention job); when no one active is left in its association or
     * company, the organisation goes too.
     */
    @Transactional
    public void eraseDormant(UUID accountId, UUID organizationId, boolean lastActiveMember) {
        var type = organizations.find(organizationId).map(organization -> organization.type()).orElse(null);
        if (lastActiveMember && (type == OrganizationType.ASSOCIATION || type == OrganizationType.COMPANY)) {
            deleteOrganization(organizationId, null, Reason.INACTIVITY);
            return;
        }
        closure.erasable(accountId).forEach(this::eraseEverywhere);
        record("MEMBER", accountId, null, Reason.INACTIVITY);
        securityLog.event("account-erased-inactive", accountId);
    }

    private void deleteOrganization(UUID organizationId, @Nullable UUID askedBy, Reason reason) {
        closure.erasableMembersOf(organizationId).forEach(this::eraseEverywhere);
        closure.withdrawInvitationsOf(organizationId);
        organizations.find(organizationId).filter(organization -> !organization.deleted())
                .ifPresent(organization -> parts.forEach(part -> part.eraseOrganizationName(organizationId, organization.name())));
        organizations.delete(organizationId);
        record("ORGANIZATION", organizationId, askedBy, reason);
        securityLog.event("organization-deleted", askedBy);
    }

    private void eraseEverywhere(PersonalData.ErasedMember member) {
        jdbc.update("delete from privacy_archive where account_id = ?", member.accountId());
        parts.forEach(part -> part.eraseMember(member));
    }

    private void record(String kind, UUID subject, @Nullable UUID askedBy, Reason reason) {
        var now = Timestamp.from(clock.instant());
        jdbc.update("insert into privacy_erasure (id, kind, subject_id, asked_by, reason, asked_at, done_at) values (?, ?, ?, ?, ?, ?, ?)",
                UUID.randomUUID(), kind, subject, askedBy, reason.name(), now, now);
    }
}
