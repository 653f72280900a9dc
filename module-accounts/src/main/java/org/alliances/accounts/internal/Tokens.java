package org.alliances.accounts.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import java.util.UUID;

import org.alliances.accounts.LinkStatus;
import org.alliances.accounts.internal.AccountToken.Kind;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Makes and checks the tokens of the links sent by e-mail: 256 random bits, given once to the member and kept only as
 * their SHA-256 hash, valid for a while (the kind says how long) and once. A new token replaces the member's earlier
 * ones of the same kind.
 */
@Component
public class Tokens {

    /** The outcome of using a token: the account it was for, and the address it proves, when it was valid. */
    public record Use(LinkStatus status, @Nullable UUID accountId, @Nullable String email) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountTokens tokens;
    private final Clock clock;

    Tokens(AccountTokens tokens, Clock clock) {
        this.tokens = tokens;
        this.clock = clock;
    }

    /** A new token for the account, replacing its earlier ones of that kind; the caller sends it, it is kept nowhere. */
    public String newToken(UUID accountId, Kind kind, @Nullable String email) {
        var token = random();
        var now = clock.instant();
        tokens.deleteByAccountAndKind(accountId, kind);
        tokens.save(new AccountToken(accountId, kind, hash(token), now, now.plus(kind.validity()), email));
        return token;
    }

    /** What this token is, without using it. */
    public LinkStatus check(String token, Kind kind) {
        return find(token, kind).map(found -> status(found, clock.instant())).orElse(LinkStatus.UNKNOWN);
    }

    /** Uses a token: valid once, before it expires. */
    public Use use(String token, Kind kind) {
        var found = find(token, kind);
        var status = found.map(stored -> status(stored, clock.instant())).orElse(LinkStatus.UNKNOWN);
        if (status != LinkStatus.VALID) {
            return new Use(status, null, null);
        }
        var stored = found.get();
        stored.use(clock.instant());
        tokens.save(stored);
        return new Use(status, stored.accountId(), stored.email());
    }

    private Optional<AccountToken> find(@Nullable String token, Kind kind) {
        return token == null || token.isBlank() ? Optional.empty() : tokens.findByTokenHashAndKind(hash(token), kind);
    }

    private static LinkStatus status(AccountToken token, Instant now) {
        return token.isUsed() ? LinkStatus.USED : token.isExpiredAt(now) ? LinkStatus.EXPIRED : LinkStatus.VALID;
    }

    /** 256 random bits, URL-safe. */
    public static String random() {
        var bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String hash(String token) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this Java", e);
        }
    }
}
