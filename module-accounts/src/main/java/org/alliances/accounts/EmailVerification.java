package org.alliances.accounts;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.UUID;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.kernel.runtime.SecurityLog;
import org.alliances.accounts.internal.SignedIn;
import org.alliances.accounts.internal.AccountToken.Kind;
import org.alliances.accounts.internal.AuditJournal;
import org.alliances.kernel.runtime.Links;
import org.alliances.accounts.internal.Throttle;
import org.alliances.accounts.internal.Tokens;
import org.alliances.accounts.internal.UserAccount;
import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.AfterCommit;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.runtime.Mailer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Proves that a member's e-mail address is theirs: a link valid 48 hours sent at registration, which the member can
 * ask again; the same for a new address, which replaces the old one only once proven (the old one is told). Until
 * proven, a member looks around but does not act toward other organisations.
 */
@Service
public class EmailVerification {

    /** The page a link opens, followed by the token. */
    public static final String CONFIRM_ROUTE = "adresse/confirmer";
    /** At most this many links sent for one account, or asked by one client, in {@link #WINDOW}. */
    public static final int SENDS_MAX = 5;
    public static final Duration WINDOW = Duration.ofHours(1);


    /** What following a link did. */
    public enum Outcome {
        /** The address is proven now. */
        CONFIRMED,
        /** The new address replaced the old one: sign in with it. */
        CHANGED,
        EXPIRED, USED, UNKNOWN,
        /** The new address was taken by another account meanwhile. */
        TAKEN
    }

    private static final Logger log = LoggerFactory.getLogger(EmailVerification.class);

    private final SecurityLog securityLog;
    private final NewAccountChecks checks;
    private final UserAccounts accounts;
    private final Tokens tokens;
    private final Throttle throttle;
    private final PasswordEncoder passwordEncoder;
    private final Mailer mailer;
    private final I18NProvider texts;
    private final Links links;
    private final AuditJournal journal;
    private final Clock clock;

    EmailVerification(UserAccounts accounts, Tokens tokens, Throttle throttle, PasswordEncoder passwordEncoder, Mailer mailer,
                      I18NProvider texts, Links links, AuditJournal journal, Clock clock, SecurityLog securityLog, NewAccountChecks checks) {
        this.checks = checks;
        this.securityLog = securityLog;
        this.accounts = accounts;
        this.tokens = tokens;
        this.throttle = throttle;
        this.passwordEncoder = passwordEncoder;
        this.mailer = mailer;
        this.texts = texts;
        this.links = links;
        this.journal = journal;
        this.clock = clock;
    }

    /** Sends the confirmation link of a new account, once its registration is committed. */
    void sendFirstLink(UserAccount account, Locale language) {
        var link = links.to(CONFIRM_ROUTE, tokens.newToken(account.id(), Kind.EMAIL_CONFIRMATION, null));
        var address = account.email();
        AfterCommit.run(() -> mailer.send("email-confirmation", address, texts.getTranslation("proof.mail.subject", language),
                texts.getTranslation("proof.mail.body", language, link)));
    }

    /**
     * Sends the signed-in member a new confirmation link, replacing the earlier one.
     *
     * @throws InvalidInputException when the address is proven already, or too many links were asked in the hour
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void resend(String client, Locale language) {
        var account = me();
        if (account.emailProven()) {
            throw InvalidInputException.of("emailProof", "proof.already");
        }
        if (!throttle.allow("proof-client:" + client, SENDS_MAX, WINDOW) || !throttle.allow("proof-account:" + account.id(), SENDS_MAX, WINDOW)) {
            throw InvalidInputException.of("emailProof", "proof.too-many");
        }
        sendFirstLink(account, language);
        log.info("E-mail confirmation link sent again for account {}", account.id());
    }

    /** What a confirmation link is, without using it. */
    @Transactional(readOnly = true)
    public LinkStatus check(String token) {
        var status = tokens.check(token, Kind.EMAIL_CONFIRMATION);
        return status == LinkStatus.UNKNOWN ? tokens.check(token, Kind.EMAIL_CHANGE) : status;
    }

    /** Follows a link: a first address proven, or a new address that replaces the old one (the old one is told). */
    @Transactional
    public Outcome confirm(String token, Locale language) {
        var first = tokens.use(token, Kind.EMAIL_CONFIRMATION);
        if (first.status() == LinkStatus.VALID && first.accountId() != null) {
            accounts.findById(first.accountId()).ifPresent(account -> account.confirmEmail(clock.instant()));
            securityLog.event("email-confirmed", first.accountId());
            return Outcome.CONFIRMED;
        }
        var change = tokens.use(token, Kind.EMAIL_CHANGE);
        if (change.status() != LinkStatus.VALID || change.accountId() == null || change.email() == null) {
            var status = first.status() == LinkStatus.UNKNOWN ? change.status() : first.status();
            return Outcome.valueOf(status.name());
        }
        var account = accounts.findById(change.accountId()).orElseThrow();
        if (accounts.existsByEmail(change.email())) {
            return Outcome.TAKEN;
        }
        var oldAddress = account.email();
        account.changeEmail(change.email(), clock.instant());
        accounts.save(account);
        AfterCommit.run(() -> mailer.send("email-changed", oldAddress, texts.getTranslation("email-change.done.mail.subject", language),
                texts.getTranslation("email-change.done.mail.body", language)));
        securityLog.event("email-changed", account.id());
        return Outcome.CHANGED;
    }

    /**
     * The signed-in member asks to change their address: their password first, then a link to the new address; the
     * old one works until the link is followed. An address already used gets a warning instead, and the member the
     * same answer (nothing tells them whether it has an account).
     *
     * @throws InvalidInputException with the problems at their fields; nothing is sent then
     */
    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void askChange(@Nullable String newEmail, @Nullable String password, String client, Locale language) {
        var account = me();
        var problems = new InvalidInputException.Collector();
        var address = checks.address(newEmail, "newEmail", problems);
        if (address.equals(account.email())) {
            problems.add("newEmail", "email-change.same");
        }
        if (password == null || !passwordEncoder.matches(password, account.passwordHash())) {
            problems.add("changePassword", "password.current.wrong");
        }
        problems.throwIfAny();
        if (!throttle.allow("proof-client:" + client, SENDS_MAX, WINDOW) || !throttle.allow("proof-account:" + account.id(), SENDS_MAX, WINDOW)) {
            throw InvalidInputException.of("newEmail", "proof.too-many");
        }
        if (accounts.existsByEmail(address)) {
            AfterCommit.run(() -> mailer.send("email-change-taken", address, texts.getTranslation("email-change.taken.mail.subject", language),
                    texts.getTranslation("email-change.taken.mail.body", language, links.to("mot-de-passe-oublie"))));
            return;
        }
        account.askEmailChange(address);
        var link = links.to(CONFIRM_ROUTE, tokens.newToken(account.id(), Kind.EMAIL_CHANGE, address));
        AfterCommit.run(() -> mailer.send("email-change", address, texts.getTranslation("email-change.mail.subject", language),
                texts.getTranslation("email-change.mail.body", language, link)));
        securityLog.event("email-change-asked", account.id());
    }

    /** An admin who checked the address by other means marks it proven; the journal keeps it. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void confirmByAdmin(UUID accountId) {
        var account = accounts.findById(accountId).orElseThrow();
        if (!account.emailProven()) {
            account.confirmEmail(clock.instant());
            journal.record(AuditJournal.Action.EMAIL_CONFIRMED, account.id(), account.organizationId(), null);
            securityLog.event("email-confirmed-by-admin", account.id());
        }
    }

    private UserAccount me() {
        return accounts.findByLogin(SignedIn.name()).orElseThrow();
    }
}
