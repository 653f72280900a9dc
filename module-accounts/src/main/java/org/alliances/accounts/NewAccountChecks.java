package org.alliances.accounts;

import java.util.Locale;
import java.util.regex.Pattern;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.kernel.runtime.Links;
import org.alliances.accounts.internal.PasswordPolicy;
import org.alliances.accounts.internal.Throttle;
import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.AfterCommit;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.runtime.Mailer;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * What every new account passes, however it comes (a registration, a request to join, an invitation): the address,
 * the password twice, the member's name; and the e-mail that tells the owner of an address already used, so that the
 * visitor's answer never says whether an address has an account.
 */
@Component
class NewAccountChecks {

    /** An e-mail address: something, one "@", a domain with a dot; no space or control character. */
    static final Pattern EMAIL = Pattern.compile("^[^@\\s\\p{Cntrl}]+@[^@\\s\\p{Cntrl}]+\\.[^@\\s\\p{Cntrl}]{2,}$");

    private final UserAccounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final Mailer mailer;
    private final I18NProvider texts;
    private final Links links;
    private final Throttle throttle;

    NewAccountChecks(UserAccounts accounts, PasswordPolicy passwordPolicy, Mailer mailer, I18NProvider texts, Links links,
                     Throttle throttle) {
        this.throttle = throttle;
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.mailer = mailer;
        this.texts = texts;
        this.links = links;
    }

    /** Checks the address (an address with an account gives {@code email.taken}) and the password; the address normalised. */
    String credentials(Credentials credentials, InvalidInputException.Collector problems) {
        var address = address(credentials.email(), "email", problems);
        if (!address.isEmpty() && accounts.existsByEmail(address)) {
            problems.add("email", "email.taken");
        }
        password(credentials.password(), credentials.confirmation(), UserAccounts.normalize(credentials.email()), problems);
        if (!credentials.acceptsTerms()) {
            problems.add("terms", "terms.required");
        }
        return UserAccounts.normalize(credentials.email());
    }

    /** An address alone (a colleague's, a new one of one's own): normalised, or "" with the problem at the field. */
    String address(@Nullable String email, String field, InvalidInputException.Collector problems) {
        var address = UserAccounts.normalize(email);
        if (address.isEmpty()) {
            problems.add(field, "email.required");
            return "";
        }
        if (!Member.EMAIL.check(field, address, problems)) {
            return "";
        }
        if (!EMAIL.matcher(address).matches()) {
            problems.add(field, "email.invalid");
            return "";
        }
        return address;
    }

    /**
     * A visitor's new account: when its address has one already and nothing else is wrong, tells the owner by e-mail
     * and answers like a success ({@code true}); anything else wrong is thrown, the taken address left unsaid. What
     * passes the checks counts against the client's registrations (at most {@link AccountService#REGISTRATIONS_MAX} an
     * hour, taken addresses included): a mistyped form costs nothing.
     */
    boolean answeredQuietly(Credentials credentials, InvalidInputException.Collector problems, String client, Locale language) {
        var address = credentials(credentials, problems);
        boolean taken = problems.remove("email", "email.taken");
        problems.throwIfAny();
        if (!throttle.allow("registration-client:" + client, AccountService.REGISTRATIONS_MAX, AccountService.REGISTRATION_WINDOW)) {
            throw InvalidInputException.of("email", "registration.too-many");
        }
        if (taken) {
            tellOwner(address, language);
        }
        return taken;
    }

    /** The password policy, and the confirmation typed the same. */
    void password(@Nullable String password, @Nullable String confirmation, String address, InvalidInputException.Collector problems) {
        passwordPolicy.problem(password, address).ifPresent(key -> problems.add("password", key));
        if (password != null && !password.equals(confirmation)) {
            problems.add("confirmation", "password.mismatch");
        }
    }

    /** The name colleagues and partners will read: given, at most 100 characters, on one line. */
    void name(@Nullable String name, InvalidInputException.Collector problems) {
        var clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            problems.add("name", "members.name.required");
        } else {
            Member.NAME.check("name", clean, problems);
        }
    }

    /** Tells the owner of an address already used that someone tried to register with it, once the answer is committed. */
    void tellOwner(String address, Locale language) {
        AfterCommit.run(() -> mailer.send("registration-taken", address, texts.getTranslation("registration.taken.mail.subject", language),
                texts.getTranslation("registration.taken.mail.body", language, links.to("login"), links.to("mot-de-passe-oublie"))));
    }
}
