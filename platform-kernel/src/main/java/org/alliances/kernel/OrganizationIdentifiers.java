package org.alliances.kernel;

import java.util.Optional;

/**
 * Checks and normalises the public identifiers of organisations: the SIREN (9 digits with a Luhn check) and the
 * RNA number of an association ("W" followed by 9 digits). Spaces typed by the user are ignored.
 */
public final class OrganizationIdentifiers {

    /** An identifier as typed, spaces included (a SIREN typed "123 456 789", an RNA number, a territory's code). */
    public static final TextColumn TYPED = TextColumn.line("kernel_organization", "identifier", 32);

    private OrganizationIdentifiers() {
    }

    public static String normalize(String raw) {
        return raw == null ? "" : raw.replaceAll("\\s", "").toUpperCase();
    }

    public static boolean isValidSiren(String raw) {
        var siren = normalize(raw);
        if (!siren.matches("\\d{9}")) {
            return false;
        }
        return luhnSum(siren) % 10 == 0;
    }

    public static boolean isValidRna(String raw) {
        return normalize(raw).matches("W\\d{9}");
    }

    /** Why an identifier is refused for this type of organisation, as a message key; empty when it is valid. */
    public static Optional<String> problem(OrganizationType type, String raw) {
        var identifier = normalize(raw);
        if (identifier.isEmpty()) {
            return Optional.of("identifier.required");
        }
        return switch (type) {
            case ASSOCIATION -> identifier.startsWith("W")
                    ? (isValidRna(identifier) ? Optional.empty() : Optional.of("identifier.rna.invalid"))
                    : sirenProblem(identifier, "identifier.association.invalid");
            case COMPANY -> sirenProblem(identifier, "identifier.siren.length");
            case LOCAL_AUTHORITY, PLATFORM -> Optional.empty();
        };
    }

    private static Optional<String> sirenProblem(String identifier, String wrongShapeKey) {
        if (!identifier.matches("\\d{9}")) {
            return Optional.of(wrongShapeKey);
        }
        return isValidSiren(identifier) ? Optional.empty() : Optional.of("identifier.siren.checksum");
    }

    private static int luhnSum(String digits) {
        int sum = 0;
        for (int i = 0; i < digits.length(); i++) {
            int digit = digits.charAt(digits.length() - 1 - i) - '0';
            if (i % 2 == 1) {
                digit *= 2;
                if (digit > 9) {
                    digit -= 9;
                }
            }
            sum += digit;
        }
        return sum;
    }
}
