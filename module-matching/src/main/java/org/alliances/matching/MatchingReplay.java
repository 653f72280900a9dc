package org.alliances.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.alliances.kernel.DomainEvent;
import org.alliances.kernel.PagedReplay;
import org.alliances.matching.internal.Interests;
import org.alliances.matching.internal.Needs;
import org.alliances.matching.internal.StoredInterest;
import org.alliances.matching.internal.StoredNeed;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * Announces again, from this module's own tables, what its events said: every published need (and its closing), then
 * every interest and its answer. A read model rebuilt from scratch (the observatory) replays them instead of reading
 * these tables. Ids and codes only, like the events themselves.
 */
@Service
public class MatchingReplay {

    private final Needs needs;
    private final Interests interests;
    private final PagedReplay pages;

    MatchingReplay(Needs needs, Interests interests, PlatformTransactionManager transactions) {
        this.needs = needs;
        this.interests = interests;
        this.pages = new PagedReplay(transactions);
    }

    public void replay(Consumer<DomainEvent> events) {
        pages.replay(needs::findAll, Sort.by("id"), page -> page.stream().flatMap(need -> need.announcements().stream()).toList(), events);
        pages.replay(interests::findAll, Sort.by("id"), this::announcementsOf, events);
    }

    private List<DomainEvent> announcementsOf(List<StoredInterest> page) {
        var needIds = page.stream().map(StoredInterest::needId).distinct().toList();
        var communeOfNeed = needs.findAllById(needIds).stream()
                .collect(Collectors.toMap(StoredNeed::id, StoredNeed::communeCode, (a, b) -> a));
        var events = new ArrayList<DomainEvent>();
        page.forEach(interest -> events.addAll(interest.announcements(communeOfNeed.get(interest.needId()))));
        return events;
    }
}
