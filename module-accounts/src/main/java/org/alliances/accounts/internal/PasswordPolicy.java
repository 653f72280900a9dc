package org.alliances.accounts.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.alliances.kernel.TextChecks;
import org.springframework.stereotype.Component;

/**
 * What a password must be: at least 12 characters, at most 128, not predictable, and not one of the passwords known
 * from breaches shipped with the application (checked without regard to case): the 100,000 most frequent ones that
 * nbvcxz ships (MIT), and our own list of common and French ones; nor the member's e-mail address.
 */
@Component
public class PasswordPolicy {

    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** A password needs at least this many different characters. */
    static final int DISTINCT_MIN = 4;

    private final Set<String> commonPasswords;

    public PasswordPolicy() {
        this.commonPasswords = load();
    }

    /** The message key saying why the password is refused, or empty when it is acceptable. */
    public Optional<String> problem(String password, String email) {
        if (password == null || password.isEmpty()) {
            return Optional.of("password.required");
        }
        if (password.length() < MIN_LENGTH) {
            return Optional.of("password.too-short");
        }
        if (password.length() > MAX_LENGTH) {
            return Optional.of("password.too-long");
        }
        if (TextChecks.hasControlCharacters(password)) {
            return Optional.of("password.control-characters");
        }
        var lower = password.toLowerCase(Locale.ROOT);
        if (isPredictable(lower)) {
            return Optional.of("password.predictable");
        }
        if (commonPasswords.contains(lower) || (email != null && lower.equals(email.toLowerCase(Locale.ROOT)))) {
            return Optional.of("password.common");
        }
        return Optional.empty();
    }

    /** Fewer than {@link #DISTINCT_MIN} different characters ("aaaaaaaaaaaa"), or one run up or down ("abcdefghijkl", "987654321098"). */
    static boolean isPredictable(String password) {
        if (password.chars().distinct().count() < DISTINCT_MIN) {
            return true;
        }
        int step = password.charAt(1) - password.charAt(0);
        if (Math.abs(step) != 1) {
            return false;
        }
        for (int i = 2; i < password.length(); i++) {
            int next = password.charAt(i) - password.charAt(i - 1);
            // a run of digits may go round: ...8901...
            boolean wraps = Character.isDigit(password.charAt(i)) && (step == 1 ? next == -9 : next == 9);
            if (next != step && !wraps) {
                return false;
            }
        }
        return true;
    }

    /** The lists of known passwords: ours, and the breached ones of the nbvcxz library. */
    static final List<String> LISTS = List.of("/org/alliances/accounts/common-passwords.txt", "/dictionaries/passwords.txt");

    private static Set<String> load() {
        var result = new HashSet<String>();
        for (var list : LISTS) {
            var stream = PasswordPolicy.class.getResourceAsStream(list);
            if (stream == null) {
                throw new IllegalStateException(list + " is missing from the application");
            }
            try (var reader = new BufferedReader(new InputStreamReader(stream, StandardCharsets.UTF_8))) {
                reader.lines().filter(line -> !line.startsWith("#") && !line.isBlank())
                        .map(line -> line.strip().toLowerCase(Locale.ROOT)).forEach(result::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return Set.copyOf(result);
    }

    /** How many known passwords are refused. */
    int knownPasswords() {
        return commonPasswords.size();
    }
}
