package org.alliances.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.alliances.kernel.OnEveryInstance;
import org.alliances.matching.Contribution;
import org.alliances.matching.NeedChanged;
import org.alliances.matching.PartnerProfileChanged;
import org.alliances.matching.PartnerProfile;
import org.alliances.matching.RecommendationFilter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The published needs and the companies' profiles held in memory in a compact form ({@link CompanyTable},
 * {@link NeedTable}), so that one recommendation scans 100,000 candidates in a few milliseconds with the very factors
 * and weights of {@link MatchScoring}. Loaded at first use from the module's own tables ({@link MatchIndexLoader}),
 * changed after each commit that changes a need or a profile, on every instance ({@link NeedChanged},
 * {@link PartnerProfileChanged} are shared through Kafka when several run), and reloaded whole now and then as a
 * safety net.
 */
@Component
public class MatchIndex {

    private final MatchIndexLoader loader;
    private final CompactForms forms;
    private final Map<UUID, CompanyEntry> companies = new ConcurrentHashMap<>();
    private final Map<UUID, NeedEntry> needs = new ConcurrentHashMap<>();
    private volatile CompanyTable companySnapshot;
    private volatile NeedTable needSnapshot;
    private final ApplicationEventPublisher events;
    private volatile boolean loaded;

    MatchIndex(MatchIndexLoader loader, CompactForms forms, ApplicationEventPublisher events) {
        this.loader = loader;
        this.forms = forms;
        this.events = events;
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    /** Every company that passes the hard rules and the filter for this need, with its score. */
    public Scan companiesFor(UUID needId, RecommendationFilter filter, LocalDate today, Instant now) {
        ensureLoaded();
        var table = companyTable();
        var need = needs.get(needId);
        if (need == null || isPast(need, today)) {
            return Scan.empty();
        }
        return table.scan(need, ScanFilter.of(filter), MatchScoring.freshness(need.facts().lastActivityAt(), now));
    }

    /** Every published need that passes the hard rules and the filter for this company, with its score. */
    public Scan needsFor(UUID companyId, PartnerProfile profile, RecommendationFilter filter, LocalDate today, Instant now) {
        ensureLoaded();
        var known = companies.get(companyId);
        var company = known != null ? known : forms.company(profile, "");
        return needTable().scan(company, ScanFilter.of(filter), today, now);
    }

    public Optional<NeedEntry> need(UUID needId) {
        ensureLoaded();
        return Optional.ofNullable(needs.get(needId));
    }

    public Optional<CompanyEntry> company(UUID companyId) {
        ensureLoaded();
        return Optional.ofNullable(companies.get(companyId));
    }

    /** Approximate memory held by the index, for the benchmark's report. */
    public long estimatedBytes() {
        long perCompany = 16 + 8 * 10 + 4 * Contribution.values().length + 64 + 200;
        long perNeed = 16 + 8 * 17 + 200;
        return companies.size() * perCompany + needs.size() * perNeed;
    }

    // ---- changes ------------------------------------------------------------------------------------------------

    /** Every instance reads the need again once the current transaction has committed (at once without one). */
    public void needChanged(UUID needId) {
        events.publishEvent(new NeedChanged(needId));
    }

    /** Every instance reads the company's profile again once the current transaction has committed. */
    public void profileChanged(UUID organizationId) {
        events.publishEvent(new PartnerProfileChanged(organizationId));
    }

    @EventListener
    void on(OnEveryInstance<NeedChanged> changed) {
        if (loaded) {
            loadNeed(changed.event().needId());
        }
    }

    @EventListener
    void onProfile(OnEveryInstance<PartnerProfileChanged> changed) {
        if (loaded) {
            loadProfile(changed.event().organizationId());
        }
    }

    /** Reads everything again: the safety net, should a shared event have been missed. */
    @Scheduled(fixedDelayString = "${alliances.matching.index-reload:PT30M}", initialDelayString = "${alliances.matching.index-reload:PT30M}")
    public synchronized void reload() {
        var freshNeeds = new HashMap<UUID, NeedEntry>();
        var freshCompanies = new HashMap<UUID, CompanyEntry>();
        loader.readNeeds(null, null, freshNeeds);
        loader.readProfiles(null, null, freshCompanies);
        replaceAll(freshNeeds, freshCompanies);
    }

    /** Holds exactly these needs and companies from now on. */
    synchronized void replaceAll(Map<UUID, NeedEntry> freshNeeds, Map<UUID, CompanyEntry> freshCompanies) {
        needs.keySet().retainAll(freshNeeds.keySet());
        needs.putAll(freshNeeds);
        companies.keySet().retainAll(freshCompanies.keySet());
        companies.putAll(freshCompanies);
        needSnapshot = null;
        companySnapshot = null;
        loaded = true;
    }

    private void ensureLoaded() {
        if (!loaded) {
            reload();
        }
    }

    private synchronized void loadNeed(UUID id) {
        var found = new HashMap<UUID, NeedEntry>();
        loader.readNeeds("n.id = ?", id, found);
        if (found.isEmpty()) {
            needs.remove(id);
        } else {
            needs.putAll(found);
        }
        needSnapshot = null;
    }

    private synchronized void loadProfile(UUID id) {
        var found = new HashMap<UUID, CompanyEntry>();
        loader.readProfiles("p.organization_id = ?", id, found);
        if (found.isEmpty()) {
            companies.remove(id);
        } else {
            companies.putAll(found);
        }
        companySnapshot = null;
    }

    /** The companies as columns, built again after a change, at the first scan that needs them. */
    CompanyTable companyTable() {
        var table = companySnapshot;
        if (table == null) {
            table = new CompanyTable(companies.values().toArray(CompanyEntry[]::new));
            companySnapshot = table;
        }
        return table;
    }

    NeedTable needTable() {
        var table = needSnapshot;
        if (table == null) {
            table = new NeedTable(needs.values().toArray(NeedEntry[]::new));
            needSnapshot = table;
        }
        return table;
    }

    private static boolean isPast(NeedEntry need, LocalDate today) {
        return need.facts().deadline() != null && need.facts().deadline().isBefore(today);
    }
}
