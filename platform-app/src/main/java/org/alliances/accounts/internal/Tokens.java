package org.alliances.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.alliances.accounts.LinkStatus;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes and checks the tokens of the links sent by e-mail: 256 random bits, given once to the member and kept only as
 * their SHA-256 hash, valid for a while and once. A new token replaces the member's earlier ones of the same kind.
 */
@Component
public class Tokens {

    /** How long a password reset link stays valid. */
    public static final Duration PASSWORD_RESET_VALIDITY = Duration.ofHours(1);

    /** The outcome of using a token: the account it was for when it was valid. */
    public record Use(LinkStatus status, @Nullable UUID accountId) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokens tokens;
    private final Clock clock;

    Tokens(AccountTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new password reset token for the account, replacing its earlier ones; the caller sends it, it is kept nowhere. */
    public String newPasswordReset(UUID accountId) {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        tokens.deleteByAccountAndKind(accountId, AccountToken.Kind.PASSWORD_RESET);
        tokens.save(new AccountToken(accountId, AccountToken.Kind.PASSWORD_RESET, hash(token), now, now.plus(PASSWORD_RESET_VALIDITY)));
        return token;
    }

    /** What this password reset token is, without using it. */
    public LinkStatus checkPasswordReset(String token) {
        return find(token).map(this::status).orElse(LinkStatus.UNKNOWN);
    }

    /** Uses a password reset token: valid once, before it expires. */
    public Use usePasswordReset(String token) {
        var found = find(token);
        var status = found.map(this::status).orElse(LinkStatus.UNKNOWN);
        if (status != LinkStatus.VALID) {
            return new Use(status, null);
        }
        var stored = found.get();
        stored.use(clock.instant());
        tokens.save(stored);
        return new Use(status, stored.accountId());
    }

    private Optional<AccountToken> find(String token) {
        return tokens.findByTokenHashAndKind(hash(token), AccountToken.Kind.PASSWORD_RESET);
    }

    private LinkStatus status(AccountToken token) {
        return token.isUsed() ? LinkStatus.USED : token.isExpiredAt(clock.instant()) ? LinkStatus.EXPIRED : LinkStatus.VALID;
    }

    static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
