package org.alliances.partnerships;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.alliances.partnerships.internal.Contributions;
import org.alliances.partnerships.internal.Partnerships;
import org.alliances.partnerships.internal.StageChanges;
import org.alliances.partnerships.internal.StoredContribution;
import org.alliances.partnerships.internal.StoredPartnership;
import org.alliances.partnerships.internal.StoredStageChange;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces again, from this module's own tables, what its events said: each partnership's start, its stage changes and
 * changes of model in order, then the contributions still recorded. A read model rebuilt from scratch (the observatory)
 * replays them instead of reading these tables. Ids, codes and amounts only, like the events themselves.
 */
@Service
public class PartnershipReplay {

    private static final int PAGE_SIZE = 500;

    private final Partnerships partnerships;
    private final StageChanges history;
    private final Contributions contributions;
    private final TransactionTemplate readOnly;

    PartnershipReplay(Partnerships partnerships, StageChanges history, Contributions contributions,
                      PlatformTransactionManager transactions) {
        this.partnerships = partnerships;
        this.history = history;
        this.contributions = contributions;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void replay(Consumer<Object> events) {
        boolean more = true;
        for (int page = 0; more; page++) {
            var request = PageRequest.of(page, PAGE_SIZE, Sort.by("id"));
            var batch = readOnly.execute(status -> {
                var partnershipPage = partnerships.findAll(request);
                return new Batch(announcementsOf(partnershipPage.getContent()), partnershipPage.hasNext());
            });
            batch.events().forEach(events);
            more = batch.more();
        }
    }

    private record Batch(List<Object> events, boolean more) {
    }

    private List<Object> announcementsOf(List<StoredPartnership> page) {
        var ids = page.stream().map(StoredPartnership::id).toList();
        var linesByPartnership = history.findAllOf(ids).stream()
                .collect(Collectors.groupingBy(StoredStageChange::partnershipId));
        var events = new ArrayList<Object>();
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
