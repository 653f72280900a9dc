package org.alliances.matching.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.alliances.kernel.AfterCommit;
import org.alliances.matching.Contribution;
import org.alliances.matching.PartnerProfile;
import org.alliances.matching.RecommendationFilter;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The published needs and the companies' profiles held in memory in a compact form ({@link CompanyTable},
 * {@link NeedTable}), so that one recommendation scans 100,000 candidates in a few milliseconds with the very factors
 * and weights of {@link MatchScoring}. Loaded at first use from the module's own tables ({@link MatchIndexLoader}),
 * changed after each commit that changes a need or a profile, and reloaded whole every few minutes to follow the
 * other instances.
 */
@Component
public class MatchIndex {

    private final MatchIndexLoader loader;
    private final CompactForms forms;
    private final Map<UUID, CompanyEntry> companies = new ConcurrentHashMap<>();
    private final Map<UUID, NeedEntry> needs = new ConcurrentHashMap<>();
    private volatile CompanyTable companySnapshot;
    private volatile NeedTable needSnapshot;
    private volatile boolean loaded;

    MatchIndex(MatchIndexLoader loader, CompactForms forms) {
        this.loader = loader;
        this.forms = forms;
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

    /** Reads a need again once the current transaction has committed (at once without a transaction). */
    public void needChanged(UUID needId) {
        AfterCommit.run(() -> {
            if (loaded) {
                loadNeed(needId);
            }
        });
    }

    /** Reads a company's profile again once the current transaction has committed. */
    public void profileChanged(UUID organizationId) {
        AfterCommit.run(() -> {
            if (loaded) {
                loadProfile(organizationId);
            }
        });
    }

    /** Reads everything again: what other instances changed, and needs closed meanwhile. */
    @Scheduled(fixedDelayString = "${alliances.matching.index-reload:PT5M}", initialDelayString = "${alliances.matching.index-reload:PT5M}")
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
