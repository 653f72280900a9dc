package org.alliances.accounts.internal;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AccountTokens extends JpaRepository<AccountToken, UUID> {

    Optional<AccountToken> findByTokenHashAndKind(String tokenHash, AccountToken.Kind kind);

    /** A new link replaces the member's earlier links of the same kind. */
    @Modifying
    @Query("delete from AccountToken t where t.accountId = :accountId and t.kind = :kind")
    int deleteByAccountAndKind(UUID accountId, AccountToken.Kind kind);
}
