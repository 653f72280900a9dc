package org.alliances.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganizationIdentifiersTests {

    @ParameterizedTest
    @ValueSource(strings = {"552120222", "732829320", "542065479", "130005481", "552 120 222", " 732829320 "})
    void validSirensPassTheLuhnCheckSpacesIgnored(String siren) {
        assertThat(OrganizationIdentifiers.isValidSiren(siren)).isTrue();
        assertThat(OrganizationIdentifiers.problem(OrganizationType.COMPANY, siren)).isEmpty();
    }

    @Test
    void aSirenWithABadCheckDigitIsRefused() {
        assertThat(OrganizationIdentifiers.isValidSiren("552120223")).isFalse();
        assertThat(OrganizationIdentifiers.problem(OrganizationType.COMPANY, "123456789")).contains("identifier.siren.checksum");
    }

    @ParameterizedTest
    @ValueSource(strings = {"55212022", "5521202220", "55212O222", "ABCDEFGHI", "552-120-222"})
    void aSirenOfTheWrongShapeIsRefused(String siren) {
        assertThat(OrganizationIdentifiers.isValidSiren(siren)).isFalse();
        assertThat(OrganizationIdentifiers.problem(OrganizationType.COMPANY, siren)).contains("identifier.siren.length");
    }

    @Test
    void anEmptyIdentifierIsRequired() {
        assertThat(OrganizationIdentifiers.problem(OrganizationType.COMPANY, "  ")).contains("identifier.required");
        assertThat(OrganizationIdentifiers.problem(OrganizationType.ASSOCIATION, null)).contains("identifier.required");
    }

    @ParameterizedTest
    @ValueSource(strings = {"W691234567", "w691234567", "W 691 234 567"})
    void anRnaNumberIsWAndNineDigits(String rna) {
        assertThat(OrganizationIdentifiers.isValidRna(rna)).isTrue();
        assertThat(OrganizationIdentifiers.problem(OrganizationType.ASSOCIATION, rna)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"W69123456", "W6912345678", "W69123456A", "X691234567"})
    void aMalformedRnaNumberIsRefused(String rna) {
        assertThat(OrganizationIdentifiers.isValidRna(rna)).isFalse();
        assertThat(OrganizationIdentifiers.problem(OrganizationType.ASSOCIATION, rna)).isPresent();
    }

    @Test
    void anAssociationMayGiveItsSirenInstead() {
        assertThat(OrganizationIdentifiers.problem(OrganizationType.ASSOCIATION, "775672272")).isEmpty();
        assertThat(OrganizationIdentifiers.problem(OrganizationType.ASSOCIATION, "775672273")).contains("identifier.siren.checksum");
        assertThat(OrganizationIdentifiers.problem(OrganizationType.ASSOCIATION, "12345")).contains("identifier.association.invalid");
    }
}
