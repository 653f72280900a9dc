package org.alliances.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.kernel.runtime.SecurityLog;
import org.alliances.accounts.internal.AccountToken.Kind;
import org.alliances.kernel.runtime.Links;
import org.alliances.accounts.internal.PasswordPolicy;
import org.alliances.accounts.internal.Throttle;
import org.alliances.accounts.internal.Tokens;
import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.runtime.Mailer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Mot de passe oublié" : a member asks for a link by e-mail and chooses a new password through it. The answer is the
 * same whether the address has an account or not; the link is valid one hour and once; asking is limited per address
 * and per client; a new password unlocks a locked account and ends every session signed in before it.
 */
@Service
public class PasswordRecovery {

    /** At most this many links asked for one address, and from one client, in {@link #WINDOW}. */
    public static final int REQUESTS_MAX = 5;
    public static final Duration WINDOW = Duration.ofHours(1);
    /** The page a link opens, followed by the token. */
    public static final String RESET_ROUTE = "mot-de-passe/nouveau";

    private static final Logger log = LoggerFactory.getLogger(PasswordRecovery.class);

    private final SecurityLog securityLog;
    private final UserAccounts accounts;
    private final Tokens tokens;
    private final Throttle throttle;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final Mailer mailer;
    private final I18NProvider texts;
    private final Clock clock;
    private final Links links;

    PasswordRecovery(UserAccounts accounts, Tokens tokens, Throttle throttle, PasswordPolicy passwordPolicy,
                     PasswordEncoder passwordEncoder, Mailer mailer, I18NProvider texts, Clock clock, Links links, SecurityLog securityLog) {
        this.securityLog = securityLog;
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.texts = texts;
        this.clock = clock;
        this.links = links;
    }

    /**
     * Sends a reset link to the address if it has an account that may sign in (a locked one included); says nothing
     * either way.
     *
     * @param client the client's network address, to limit what one client may ask
     * @throws InvalidInputException when the address is missing, or too many links were asked for it or by the client
     */
    @Transactional
    public void requestReset(@Nullable String email, String client, Locale language) {
        var address = email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
        var problems = new InvalidInputException.Collector();
        if (address.isEmpty()) {
            problems.add("email", "recovery.email.required");
        } else {
            Member.EMAIL.check("email", address, problems);
        }
        problems.throwIfAny();
        if (!throttle.allow("reset-client:" + client, REQUESTS_MAX, WINDOW) || !throttle.allow("reset-address:" + address, REQUESTS_MAX, WINDOW)) {
            throw InvalidInputException.of("email", "recovery.too-many");
        }
        accounts.findByLogin(address).filter(account -> account.status() == AccountStatus.ACTIVE).ifPresent(account -> {
            var link = links.to(RESET_ROUTE, tokens.newToken(account.id(), Kind.PASSWORD_RESET, null));
            mailer.send("password-reset", account.email(), texts.getTranslation("recovery.mail.subject", language),
                    texts.getTranslation("recovery.mail.body", language, link, Kind.PASSWORD_RESET.validity().toMinutes()));
            log.info("Password reset link sent for account {}", account.id());
        });
    }

    /** What a link is: valid, expired, already used or unknown (forged, or replaced by a newer one). */
    @Transactional(readOnly = true)
    public LinkStatus check(String token) {
        return tokens.check(token, Kind.PASSWORD_RESET);
    }

    /**
     * Sets the new password through a valid link, which is then used up.
     *
     * @throws InvalidInputException the link's problem ("link"), or the password's problems at their fields; the
     *                               password is unchanged and the link still valid then
     */
    @Transactional
    public void reset(String token, @Nullable String password, @Nullable String confirmation) {
        var use = tokens.use(token, Kind.PASSWORD_RESET);
        if (use.status() != LinkStatus.VALID || use.accountId() == null) {
            throw InvalidInputException.of("link", "recovery.link." + use.status().name().toLowerCase(Locale.ROOT));
        }
        var account = accounts.findById(use.accountId()).orElseThrow();
        var problems = new InvalidInputException.Collector();
        passwordPolicy.problem(password, account.email()).ifPresent(key -> problems.add("password", key));
        if (password != null && !password.equals(confirmation)) {
            problems.add("confirmation", "password.mismatch");
        }
        problems.throwIfAny();
        account.changePasswordHash(passwordEncoder.encode(password), clock.instant());
        accounts.save(account);
        securityLog.event("password-reset", account.id());
    }
}
