package org.alliances.accounts.internal;

import java.util.List;

import org.alliances.accounts.AccountStatus;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a member for Spring Security: only active accounts log in; the others carry their status, said once the password is right. */
@Service
class MemberDetailsService implements UserDetailsService {

    private static final String STATUS = "STATUS_";

    private final UserAccounts accounts;

    MemberDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByLogin(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        var authorities = account.status() == AccountStatus.ACTIVE
                ? List.<GrantedAuthority>of(new SimpleGrantedAuthority("ROLE_" + account.role()))
                : List.<GrantedAuthority>of(new SimpleGrantedAuthority(STATUS + account.status().name()));
        return User.withUsername(account.email())
                .password(account.passwordHash())
                .authorities(authorities)
                .disabled(account.status() != AccountStatus.ACTIVE)
                .build();
    }

    /** The status of an account that may not sign in, as loaded above. */
    static String statusOf(UserDetails user) {
        return user.getAuthorities().stream().map(GrantedAuthority::getAuthority).filter(name -> name.startsWith(STATUS))
                .map(name -> name.substring(STATUS.length())).findFirst().orElse(AccountStatus.DEACTIVATED.name());
    }
}
