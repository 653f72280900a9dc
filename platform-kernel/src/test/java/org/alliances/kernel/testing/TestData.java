package org.alliances.kernel.testing;

import java.util.concurrent.ThreadLocalRandom;

import org.alliances.kernel.OrganizationIdentifiers;

/** Unique identifiers and addresses, so that tests sharing a database never collide. */
public final class TestData {

    public static final String PASSWORD = "Une phrase de passe solide";

    private TestData() {
    }

    /** A fresh SIREN that passes the Luhn check. */
    public static String siren() {
        while (true) {
            var digits = String.format("%08d", ThreadLocalRandom.current().nextInt(100_000_000));
            for (int check = 0; check <= 9; check++) {
                if (OrganizationIdentifiers.isValidSiren(digits + check)) {
                    return digits + check;
                }
            }
        }
    }

    public static String rna() {
        return "W" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
    }

    public static String email(String prefix) {
        return prefix + "-" + ThreadLocalRandom.current().nextInt(1_000_000_000) + "@test.alliances.fr";
    }
}
