package org.alliances.accounts;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.alliances.accounts.internal.SignedIn;
import org.alliances.accounts.internal.Throttle;
import org.alliances.accounts.internal.UserAccount;
import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.PersonalData.ErasedMember;
import org.alliances.kernel.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the accounts module tells and checks before a member or an organisation is erased: the password typed again,
 * whether the member may leave alone, which accounts an organisation holds, and, after years without use, who is due
 * a notice. The erasing itself is every module's {@code PersonalData} part.
 */
@Service
public class AccountClosure {

    /** At most this many wrong passwords typed to confirm a deletion in {@link #CONFIRMATION_WINDOW}. */
    public static final int CONFIRMATIONS_MAX = 5;
    public static final Duration CONFIRMATION_WINDOW = Duration.ofMinutes(15);

    /** The longest password a field takes. */
    public static final int PASSWORD_LONGEST = org.alliances.accounts.internal.PasswordPolicy.MAX_LENGTH;

    /** Who asks to delete, as the confirmation found them. */
    public record Requester(UUID accountId, UUID organizationId, String role, boolean responsable, boolean lastResponsable) {
    }

    private final UserAccounts accounts;
    private final PasswordEncoder passwordEncoder;
    private final Throttle throttle;
    private final JdbcTemplate jdbc;

    AccountClosure(UserAccounts accounts, PasswordEncoder passwordEncoder, Throttle throttle, JdbcTemplate jdbc) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.jdbc = jdbc;
    }

    /**
     * The signed-in member confirms with their password; a few wrong ones in a quarter of an hour and the next are
     * refused the same way, so that a session left open cannot be used to guess it.
     *
     * @throws InvalidInputException on the field {@code password} when it is not theirs
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public Requester confirm(String password) {
        var me = accounts.findByLogin(SignedIn.name()).filter(account -> account.status() == AccountStatus.ACTIVE)
                .orElseThrow(() -> new AccessDeniedException("No active member is signed in"));
        if (!throttle.allow("confirm-deletion:" + me.id(), CONFIRMATIONS_MAX, CONFIRMATION_WINDOW)) {
            throw InvalidInputException.of("password", "erasure.confirm.too-many");
        }
        if (password == null || password.isEmpty() || password.length() > PASSWORD_LONGEST || !passwordEncoder.matches(password, me.passwordHash())) {
            throw InvalidInputException.of("password", "password.current.wrong");
        }
        return requester(me);
    }

    private Requester requester(UserAccount me) {
        var others = accounts.findByOrganizationIdAndStatus(me.organizationId(), AccountStatus.ACTIVE).stream()
                .filter(other -> !other.id().equals(me.id()));
        var lastResponsable = Roles.ADMIN.equals(me.role())
                ? accounts.findByRoleAndStatus(Roles.ADMIN, AccountStatus.ACTIVE).stream().allMatch(admin -> admin.id().equals(me.id()))
                : me.isResponsable() && others.noneMatch(UserAccount::isResponsable);
        return new Requester(me.id(), me.organizationId(), me.role(), me.isResponsable(), lastResponsable);
    }

    /** The member as each module needs them to find what names them; never to be put in an event or a log. */
    @Transactional(readOnly = true)
    public List<ErasedMember> erasable(UUID accountId) {
        return accounts.findById(accountId).filter(account -> account.status() != AccountStatus.ERASED)
                .map(account -> List.of(erasedMember(account))).orElse(List.of());
    }

    /** Every account of the organisation not erased yet, whatever its status (members, former members, requests). */
    @Transactional(readOnly = true)
    public List<ErasedMember> erasableMembersOf(UUID organizationId) {
        return jdbc.queryForList("select id from accounts_user where organization_id = ? and status <> 'ERASED'", UUID.class, organizationId)
                .stream().flatMap(id -> erasable(id).stream()).toList();
    }

    /** The organisation's invitations go with it: they hold the addresses of the people invited. */
    @Transactional
    public void withdrawInvitationsOf(UUID organizationId) {
        jdbc.update("delete from accounts_invitation where organization_id = ?", organizationId);
    }

    private static ErasedMember erasedMember(UserAccount account) {
        return new ErasedMember(account.id(), account.organizationId(), account.email(), account.toAccount().displayName());
    }

    /**
     * Accounts, admins aside, not signed in since {@code before} (or created before it without ever signing in): those
     * the retention job warns and then erases.
     */
    @Transactional(readOnly = true)
    public List<Dormant> dormantSince(Instant before) {
        return jdbc.query("select id, organization_id, email, coalesce(last_login_at, created_at), inactivity_notice "
                        + "from accounts_user where status <> 'ERASED' and role <> ? and coalesce(last_login_at, created_at) < ? order by 4",
                (row, n) -> new Dormant(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                        row.getTimestamp(4).toInstant(), row.getInt(5)),
                Roles.ADMIN, java.sql.Timestamp.from(before));
    }

    /** Records that the account was told its deletion is near ({@code notice} 1 then 2); told once each. */
    @Transactional
    public boolean recordInactivityNotice(UUID accountId, int notice) {
        return jdbc.update("update accounts_user set inactivity_notice = ? where id = ? and inactivity_notice < ?", notice, accountId, notice) == 1;
    }

    /** An account not used for years, as the retention job sees it; {@code address} only to send the notice. */
    public record Dormant(UUID accountId, UUID organizationId, String address, Instant lastUsedAt, int noticesSent) {
    }
}
