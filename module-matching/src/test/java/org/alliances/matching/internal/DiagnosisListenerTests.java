package org.alliances.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.alliances.diagnosis.DiagnosisCompleted;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.testing.ModuleIntegrationTest;
import org.alliances.kernel.testing.TestOrganizations;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The listener on DiagnosisCompleted is idempotent: the same or an older diagnosis delivered again changes nothing. */
@ModuleIntegrationTest
class DiagnosisListenerTests {

    @Autowired DiagnosisListener asyncListener;
    DiagnosisListener listener;
    @Autowired Profiles profiles;
    @Autowired TestOrganizations members;

    static DiagnosisCompleted completed(UUID organizationId, MaturityLevel level, List<Category> ranking, Instant at) {
        return new DiagnosisCompleted(UUID.randomUUID(), organizationId, OrganizationType.COMPANY, level, ranking,
                List.of(CooperationModel.JOINT_OFFER), List.of("offer_with_social_actor"), "company-2026.1", at);
    }

    /** The listener itself, called in the test's thread (the bean runs it asynchronously, after a commit). */
    @org.junit.jupiter.api.BeforeEach
    void unwrap() {
        listener = org.springframework.test.util.AopTestUtils.getUltimateTargetObject(asyncListener);
    }

    @Test
    void theSameOrAnOlderDiagnosisDeliveredAgainChangesNothing() {
        var companyId = members.organizationOf(members.newCompany("Verrerie de Givors", "69091"));
        var latest = completed(companyId, MaturityLevel.STRUCTURED,
                List.of(Category.ECONOMIC_COOPERATION, Category.SOCIETAL_INNOVATION, Category.PATRONAGE, Category.RESPONSIBLE_PRACTICES),
                Instant.parse("2026-11-20T10:00:00Z"));
        listener.on(latest);
        listener.on(latest);
        listener.on(completed(companyId, MaturityLevel.AWAKENING,
                List.of(Category.PATRONAGE, Category.RESPONSIBLE_PRACTICES, Category.ECONOMIC_COOPERATION, Category.SOCIETAL_INNOVATION),
                Instant.parse("2026-10-01T10:00:00Z")));

        var profile = profiles.findById(companyId).orElseThrow().toProfile();
        assertThat(profile.maturity()).isEqualTo(MaturityLevel.STRUCTURED);
        assertThat(profile.targetCategories()).containsExactly(Category.ECONOMIC_COOPERATION, Category.SOCIETAL_INNOVATION);
        assertThat(profile.communeCodes()).containsExactly("69091");
    }

    @Test
    void anAssociationsDiagnosisMakesNoPartnerProfile() {
        var associationId = members.organizationOf(members.newAssociation("Cirque de Givors", "69091"));
        listener.on(new DiagnosisCompleted(UUID.randomUUID(), associationId, OrganizationType.ASSOCIATION, MaturityLevel.AWAKENING,
                List.of(Category.PATRONAGE, Category.RESPONSIBLE_PRACTICES, Category.ECONOMIC_COOPERATION, Category.SOCIETAL_INNOVATION),
                List.of(CooperationModel.TRADITIONAL_PATRONAGE), List.of("fund_project"), "association-2026.1", Instant.now()));
        assertThat(profiles.findById(associationId)).isEmpty();
    }
}
