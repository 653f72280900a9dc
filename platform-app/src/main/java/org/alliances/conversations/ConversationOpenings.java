package org.alliances.conversations;

import java.util.UUID;

import org.alliances.kernel.OrganizationDeleted;
import org.alliances.matching.InterestDeclined;
import org.alliances.matching.InterestExpressed;
import org.alliances.matching.InterestLapsed;
import org.alliances.matching.InterestOpenings;
import org.alliances.matching.InterestWithdrawn;
import org.alliances.partnerships.PartnershipStageChanged;
import org.alliances.partnerships.PartnershipStarted;
import org.alliances.partnerships.Stage;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Opens, carries on and closes conversations as interests and partnerships go: an interest opens one with its message;
 * the partnership born of it carries it on; a partnership declared without an interest opens its own; an interest
 * declined, withdrawn or lapsed and a partnership ended or not confirmed make it read-only. Each listener may receive
 * its event twice and changes nothing the second time.
 */
@Component
class ConversationOpenings {

    private final ConversationStore store;
    private final InterestOpenings openings;

    ConversationOpenings(ConversationStore store, InterestOpenings openings) {
        this.store = store;
        this.openings = openings;
    }

    @ApplicationModuleListener
    void on(InterestExpressed event) {
        if (store.ofInterest(event.interestId()).isPresent()) {
            return;
        }
        var id = UUID.randomUUID();
        store.open(id, event.interestId(), event.needId(), null, event.associationId(), event.companyId(), event.expressedAt());
        var conversation = store.ofInterest(event.interestId()).orElseThrow();
        openings.of(event.interestId()).filter(opening -> !opening.message().isBlank()).ifPresent(opening ->
                // the interest's id as the first message's: a second delivery adds nothing
                store.add(event.interestId(), conversation.id(), null, event.companyId(), "", opening.message(), event.expressedAt()));
    }

    @ApplicationModuleListener
    void on(PartnershipStarted event) {
        if (store.ofPartnership(event.partnershipId()).isPresent()) {
            return;
        }
        var fromInterest = event.needId() == null ? java.util.Optional.<Conversation>empty()
                : store.awaitingPartnership(event.needId(), event.companyId());
        if (fromInterest.isPresent()) {
            store.carryOnIn(fromInterest.get().id(), event.partnershipId());
        } else {
            store.open(UUID.randomUUID(), null, event.needId(), event.partnershipId(), event.associationId(), event.companyId(),
                    event.startedOn().atStartOfDay(org.alliances.kernel.Territories.TIME_ZONE).toInstant());
        }
    }

    @ApplicationModuleListener
    void on(PartnershipStageChanged event) {
        if (event.to() == Stage.ENDED || event.to() == Stage.DECLINED) {
            store.ofPartnership(event.partnershipId()).ifPresent(conversation -> store.close(conversation.id(), event.changedAt()));
        }
    }

    @ApplicationModuleListener
    void on(InterestDeclined event) {
        closeUnlessCarriedOn(event.interestId(), event.declinedAt());
    }

    @ApplicationModuleListener
    void on(InterestLapsed event) {
        closeUnlessCarriedOn(event.interestId(), event.lapsedAt());
    }

    @ApplicationModuleListener
    void on(InterestWithdrawn event) {
        closeUnlessCarriedOn(event.interestId(), event.withdrawnAt());
    }

    /** The partner keeps reading what was said; nobody writes any more. */
    @ApplicationModuleListener
    void on(OrganizationDeleted event) {
        store.closeAllOf(event.organizationId(), event.deletedAt());
    }

    private void closeUnlessCarriedOn(UUID interestId, java.time.Instant at) {
        store.ofInterest(interestId).filter(conversation -> conversation.partnershipId() == null)
                .ifPresent(conversation -> store.close(conversation.id(), at));
    }
}
