package org.alliances.accounts.internal;

import java.time.Clock;
import java.util.List;

import org.alliances.accounts.AccountStatus;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Loads a member for Spring Security: only active accounts log in, and a locked one waits for its delay. */
@Service
class MemberDetailsService implements UserDetailsService {

    private final UserAccounts accounts;
    private final Clock clock;

    MemberDetailsService(UserAccounts accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        var account = accounts.findByLogin(username)
                .orElseThrow(() -> new UsernameNotFoundException("No account"));
        return User.withUsername(account.email())
                .password(account.passwordHash())
                .authorities(List.of(new SimpleGrantedAuthority("ROLE_" + account.role())))
                .disabled(account.status() != AccountStatus.ACTIVE)
                .accountLocked(account.isLockedAt(clock.instant()))
                .build();
    }
}
