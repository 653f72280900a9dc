package org.alliances.accounts.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The password policy: length, common passwords, the address itself, and predictable runs. */
class PasswordPolicyTests {

    final PasswordPolicy policy = new PasswordPolicy();

    @Test
    void aRepeatedCharacterOrARunIsRefusedAsPredictable() {
        for (var predictable : new String[] {"aaaaaaaaaaaa", "ababababababab", "abcdefghijklm", "ZYXWVUTSRQPO", "345678901234", "987654321098"}) {
            assertThat(policy.problem(predictable, "x@test.fr")).as(predictable).contains("password.predictable");
        }
    }

    @Test
    void aPhraseIsAcceptedAndTheOtherRulesStillApply() {
        assertThat(policy.problem("une phrase de passe solide", "x@test.fr")).isEmpty();
        assertThat(policy.problem("abcdefghijkmn", "x@test.fr")).as("a run broken once").isEmpty();
        assertThat(policy.problem("court", "x@test.fr")).contains("password.too-short");
        assertThat(policy.problem("x".repeat(129), "x@test.fr")).contains("password.too-long");
        assertThat(policy.problem("", "x@test.fr")).contains("password.required");
        assertThat(policy.problem("Tresor.Mail@Test.fr", "tresor.mail@test.fr")).contains("password.common");
    }

    @Test
    void atLeastAHundredThousandBreachedPasswordsAreRefused() {
        assertThat(policy.knownPasswords()).isGreaterThanOrEqualTo(100_000);
        // from the breached list only (not in the common list, not a run): found through the shipped breach corpus
        assertThat(policy.problem("01telemike01", "x@test.fr")).contains("password.common");
        assertThat(policy.problem("050605ROSTIK", "x@test.fr")).as("without regard to case").contains("password.common");
    }
}
