package org.alliances.partnerships;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.PagedReplay;
import org.alliances.partnerships.internal.Contributions;
import org.alliances.partnerships.internal.Partnerships;
import org.alliances.partnerships.internal.StageChanges;
import org.alliances.partnerships.internal.StoredContribution;
import org.alliances.partnerships.internal.StoredPartnership;
import org.alliances.partnerships.internal.StoredStageChange;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Announces again, from this module's own tables, what its events said: each partnership's start, its stage changes and
 * changes of model in order, then the contributions still recorded. A read model rebuilt from scratch (the observatory)
 * replays them instead of reading these tables. Ids, codes and amounts only, like the events themselves.
 */
@Service
public class PartnershipReplay {

    private final Partnerships partnerships;
    private final StageChanges history;
    private final Contributions contributions;
    private final PagedReplay pages;

    PartnershipReplay(Partnerships partnerships, StageChanges history, Contributions contributions,
                      PlatformTransactionManager transactions) {
        this.partnerships = partnerships;
        this.history = history;
        this.contributions = contributions;
        this.pages = new PagedReplay(transactions);
    }

    public void replay(Consumer<DomainEvent> events) {
        pages.replay(partnerships::findAll, Sort.by("id"), this::announcementsOf, events);
    }

    private List<DomainEvent> announcementsOf(List<StoredPartnership> page) {
        var ids = page.stream().map(StoredPartnership::id).toList();
        var linesByPartnership = history.findAllOf(ids).stream()
                .collect(Collectors.groupingBy(StoredStageChange::partnershipId));
        var events = new ArrayList<DomainEvent>();
        for (var partnership : page) {
            var lines = linesByPartnership.getOrDefault(partnership.id(), List.of());
            var opening = lines.stream().filter(StoredStageChange::isOpening).findFirst();
            events.add(partnership.start(opening.map(StoredStageChange::model).orElse(partnership.model()),
                    opening.map(StoredStageChange::toStage).orElse(partnership.stage())));
            lines.forEach(line -> events.addAll(line.announcements(partnership.associationId(), partnership.companyId())));
        }
        contributions.findByPartnershipIdInOrderByRecordedAt(ids).stream().map(StoredContribution::recorded).forEach(events::add);
        return events;
    }
}
