package org.alliances.partnerships.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.alliances.diagnosis.DiagnosisCompleted;
import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.testing.TestOrganizations;
import org.alliances.matching.MatchConfirmed;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.test.util.AopTestUtils;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Opens partnerships for tests as a confirmed match does, by running the module's own listeners in the test's thread
 * and transaction (the beans run them asynchronously, after a commit).
 */
@TestComponent
public class TestPartnerships {

    private final MatchListener matches;
    private final MaturityListener maturities;
    private final Partnerships partnerships;
    private final TestOrganizations organizations;
    private final TransactionTemplate transaction;

    TestPartnerships(MatchListener matches, MaturityListener maturities, Partnerships partnerships, TestOrganizations organizations,
                     TransactionTemplate transaction) {
        this.matches = AopTestUtils.getUltimateTargetObject(matches);
        this.maturities = AopTestUtils.getUltimateTargetObject(maturities);
        this.partnerships = partnerships;
        this.organizations = organizations;
        this.transaction = transaction;
    }

    /** Delivers a confirmed match between the two members' organisations; returns the partnership it opened. */
    public UUID matched(String associationEmail, String companyEmail, CooperationModel model, String communeCode) {
        return deliver(new MatchConfirmed(UUID.randomUUID(), UUID.randomUUID(), organizationOf(associationEmail),
                organizationOf(companyEmail), model, communeCode, java.time.Instant.now()));
    }

    /** Delivers this match (again, if a test wishes); returns the partnership of its interest. */
    public UUID deliver(MatchConfirmed match) {
        transaction.executeWithoutResult(status -> matches.on(match));
        return partnerships.findByInterestId(match.interestId()).orElseThrow().id();
    }

    /** Delivers a completed diagnosis of the member's organisation, at this maturity. */
    public void diagnosed(String email, OrganizationType type, MaturityLevel level, Instant at) {
        transaction.executeWithoutResult(status -> maturities.on(new DiagnosisCompleted(UUID.randomUUID(), organizationOf(email), type,
                level, List.of(Category.PATRONAGE, Category.RESPONSIBLE_PRACTICES, Category.SOCIETAL_INNOVATION, Category.ECONOMIC_COOPERATION),
                List.of(CooperationModel.ACTIVE_ENGAGEMENT), List.of(), "test", at)));
    }

    public UUID organizationOf(String email) {
        return organizations.organizationOf(email);
    }

    public long count() {
        return partnerships.count();
    }

    private final java.util.List<Object> announced = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * The starts, outcomes and idle announcements published, from whichever thread publishes them (a listener's
     * included), as they are published (before any commit).
     */
    @org.springframework.context.event.EventListener({org.alliances.partnerships.PartnershipStarted.class,
            org.alliances.partnerships.PartnershipClosed.class, org.alliances.partnerships.PartnershipLeftIdle.class})
    void record(Object event) {
        announced.add(event);
    }

    public <T> java.util.List<T> announced(Class<T> type, UUID partnershipId) {
        return announced.stream().filter(type::isInstance).map(type::cast)
                .filter(event -> event.toString().contains(partnershipId.toString())).toList();
    }
}
