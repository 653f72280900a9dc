package org.alliances.accounts;

import java.util.Locale;

import com.vaadin.flow.i18n.I18NProvider;
import org.alliances.accounts.AccountService.Credentials;
import org.alliances.accounts.internal.Links;
import org.alliances.accounts.internal.PasswordPolicy;
import org.alliances.accounts.internal.UserAccount;
import org.alliances.accounts.internal.UserAccounts;
import org.alliances.kernel.AfterCommit;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.TextChecks;
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

    private final UserAccounts accounts;
    private final PasswordPolicy passwordPolicy;
    private final Mailer mailer;
    private final I18NProvider texts;
    private final Links links;

    NewAccountChecks(UserAccounts accounts, PasswordPolicy passwordPolicy, Mailer mailer, I18NProvider texts, Links links) {
        this.accounts = accounts;
        this.passwordPolicy = passwordPolicy;
        this.mailer = mailer;
        this.texts = texts;
        this.links = links;
    }

    /** Checks the address (an address with an account gives {@code email.taken}) and the password; the address normalised. */
    String credentials(Credentials credentials, InvalidInputException.Collector problems) {
        var address = UserAccounts.normalize(credentials.email());
        if (address.isEmpty()) {
            problems.add("email", "email.required");
        } else if (!EmailVerification.EMAIL.matcher(address).matches() || address.length() > 254) {
            problems.add("email", "email.invalid");
        } else if (accounts.existsByEmail(address)) {
            problems.add("email", "email.taken");
        }
        password(credentials.password(), credentials.confirmation(), address, problems);
        return address;
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
        } else if (clean.length() > UserAccount.NAME_MAX) {
            problems.add("name", "members.name.too-long");
        } else if (TextChecks.hasControlCharacters(clean)) {
            problems.add("name", "text.control-characters");
        }
    }

    /** Tells the owner of an address already used that someone tried to register with it, once the answer is committed. */
    void tellOwner(String address, Locale language) {
        AfterCommit.run(() -> mailer.send("registration-taken", address, texts.getTranslation("registration.taken.mail.subject", language),
                texts.getTranslation("registration.taken.mail.body", language, links.to("login"), links.to("mot-de-passe-oublie"))));
    }
}
