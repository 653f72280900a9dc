package org.alliances.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.alliances.matching.internal.Interests;
import org.alliances.matching.internal.Needs;
import org.alliances.matching.internal.StoredInterest;
import org.alliances.matching.internal.StoredNeed;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announces again, from this module's own tables, what its events said: every published need (and its closing), then
 * every interest and its answer. A read model rebuilt from scratch (the observatory) replays them instead of reading
 * these tables, each page in a transaction of its own. Ids and codes only, like the events themselves.
 */
@Service
public class MatchingReplay {

    private static final int PAGE_SIZE = 500;

    private final Needs needs;
    private final Interests interests;
    private final TransactionTemplate readOnly;

    MatchingReplay(Needs needs, Interests interests, PlatformTransactionManager transactions) {
        this.needs = needs;
        this.interests = interests;
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
        this.readOnly.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    public void replay(Consumer<Object> events) {
        boolean more = true;
        for (int page = 0; more; page++) {
            var request = PageRequest.of(page, PAGE_SIZE, Sort.by("id"));
            var batch = readOnly.execute(status -> {
                var needPage = needs.findAll(request);
                return new Batch(needPage.stream().flatMap(need -> need.announcements().stream()).toList(), needPage.hasNext());
            });
            batch.events().forEach(events);
            more = batch.more();
        }
        more = true;
        for (int page = 0; more; page++) {
            var request = PageRequest.of(page, PAGE_SIZE, Sort.by("id"));
            var batch = readOnly.execute(status -> {
                var interestPage = interests.findAll(request);
                return new Batch(announcementsOf(interestPage.getContent()), interestPage.hasNext());
            });
            batch.events().forEach(events);
            more = batch.more();
        }
    }

    private record Batch(List<Object> events, boolean more) {
    }

    private List<Object> announcementsOf(List<StoredInterest> page) {
        var needIds = page.stream().map(StoredInterest::needId).distinct().toList();
        var communeOfNeed = needs.findAllById(needIds).stream()
                .collect(Collectors.toMap(StoredNeed::id, StoredNeed::communeCode, (a, b) -> a));
        var events = new ArrayList<Object>();
        page.forEach(interest -> events.addAll(interest.announcements(communeOfNeed.get(interest.needId()))));
        return events;
    }
}
