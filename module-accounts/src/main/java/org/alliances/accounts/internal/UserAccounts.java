package org.alliances.accounts.internal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.alliances.accounts.AccountStatus;
import org.alliances.accounts.Member;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

public interface UserAccounts extends JpaRepository<UserAccount, UUID> {

    Optional<UserAccount> findByEmail(String email);

    /**
     * The account a login name designates: an e-mail address, typed in any case and with stray spaces. What no address
     * can be (too long, a control character) designates none, without asking the database.
     */
    default Optional<UserAccount> findByLogin(String login) {
        var address = normalize(login);
        return Member.EMAIL.fits(address) ? findByEmail(address) : Optional.empty();
    }

    /** E-mail addresses are stored stripped and in lower case. */
    static String normalize(String email) {
        return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
    }

    boolean existsByEmail(String email);

    boolean existsByRole(String role);

    List<UserAccount> findByStatusOrderByCreatedAt(AccountStatus status);

    List<UserAccount> findByRoleAndStatus(String role, AccountStatus status);

    List<UserAccount> findByOrganizationIdAndStatus(java.util.UUID organizationId, AccountStatus status);

    /** Accounts whose address holds the text, or that act for one of the organisations (found by their name). */
    @Query("""
            select a from UserAccount a where lower(a.email) like lower(concat('%', :text, '%')) or a.organizationId in :organizations
            order by a.createdAt desc""")
    Page<UserAccount> search(String text, java.util.Collection<UUID> organizations, Pageable pageable);

    /**
     * Records a successful sign-in in one statement, without the account's version: the same member signing in on two
     * devices at once, or an admin changing the account meanwhile, never conflict over the dates of the last visits.
     */
    @org.springframework.data.jpa.repository.Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("update UserAccount a set a.previousLoginAt = a.lastLoginAt, a.lastLoginAt = :now, a.inactivityNotice = 0 where a.id = :id")
    int recordSuccessfulLogin(UUID id, java.time.Instant now);
}
