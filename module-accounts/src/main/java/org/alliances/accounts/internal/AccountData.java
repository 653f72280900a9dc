package org.alliances.accounts.internal;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.alliances.kernel.PersonalData;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The member's account (never its password's hash), the links sent to them (never their hash), the decisions about
 * them; for a responsable, also the organisation's members, invitations and requests to join.
 */
@Component
class AccountData implements PersonalData {

    private static final String ACCOUNT_COLUMNS = "id, email, display_name, role, membership, status, organization_id, created_at, "
            + "last_login_at, email_confirmed_at, pending_email, refusal_reason, terms_version, terms_accepted_at";

    private final JdbcTemplate jdbc;
    private final UserAccounts accounts;
    private final Clock clock;

    AccountData(JdbcTemplate jdbc, UserAccounts accounts, Clock clock) {
        this.jdbc = jdbc;
        this.accounts = accounts;
        this.clock = clock;
    }

    /**
     * The account keeps its id and nothing of the person; their links, their requests to join and the invitations sent
     * to their address go.
     */
    @Override
    public void eraseMember(ErasedMember member) {
        jdbc.update("delete from accounts_token where account_id = ?", member.accountId());
        jdbc.update("delete from accounts_join_request where account_id = ?", member.accountId());
        jdbc.update("delete from accounts_invitation where email = ?", member.login());
        accounts.findById(member.accountId()).ifPresent(account -> {
            account.erase(clock.instant());
            accounts.saveAndFlush(account);
        });
    }

    @Override
    public String section() {
        return "compte";
    }

    @Override
    public List<String> tables() {
        return List.of("accounts_user", "accounts_token", "accounts_invitation", "accounts_join_request", "accounts_audit");
    }

    @Override
    public Map<String, List<Map<String, Object>>> export(Subject subject) {
        var result = new LinkedHashMap<String, List<Map<String, Object>>>();
        result.put("accounts_user", subject.wholeOrganization()
                ? PersonalData.rows(jdbc, "select " + ACCOUNT_COLUMNS + " from accounts_user where organization_id = ? order by created_at",
                        subject.organizationId())
                : PersonalData.rows(jdbc, "select " + ACCOUNT_COLUMNS + " from accounts_user where id = ?", subject.accountId()));
        result.put("accounts_token", PersonalData.rows(jdbc,
                "select kind, email, created_at, expires_at, used_at from accounts_token where account_id = ?", subject.accountId()));
        result.put("accounts_audit", PersonalData.rows(jdbc, "select action, account_id, organization_id, at, reason from accounts_audit "
                + "where account_id = ?" + (subject.wholeOrganization() ? " or organization_id = ?" : "") + " order by seq",
                subject.wholeOrganization() ? new Object[] {subject.accountId(), subject.organizationId()} : new Object[] {subject.accountId()}));
        if (subject.wholeOrganization()) {
            result.put("accounts_invitation", PersonalData.rows(jdbc, "select email, role, created_at, expires_at, accepted_at, withdrawn_at "
                    + "from accounts_invitation where organization_id = ? order by created_at", subject.organizationId()));
            result.put("accounts_join_request", PersonalData.rows(jdbc, "select * from accounts_join_request where organization_id = ? "
                    + "order by created_at", subject.organizationId()));
        }
        return result;
    }
}
