package org.alliances.matching.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.alliances.diagnosis.MaturityLevel;
import org.alliances.kernel.Category;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.Organization;
import org.alliances.kernel.OrganizationService;
import org.alliances.kernel.Proximity;
import org.alliances.kernel.Territories;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.PartnerProfile;
import org.alliances.matching.Reach;
import org.alliances.matching.RecommendationFilter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The published needs and the companies' profiles held in memory in a compact form (bit masks, small integers), so
 * that one recommendation scans 100,000 candidates in a few milliseconds with the very scores of {@link MatchScoring}
 * (both go through {@link MatchScoring#combine}). Loaded at first use from the module's own tables, changed after each
 * commit that changes a need or a profile, and reloaded whole every few minutes to follow the other instances.
 */
@Component
public class MatchIndex {

    private static final Proximity[] PROXIMITIES = Proximity.values();
    private static final MaturityLevel[] MATURITY_LEVELS = MaturityLevel.values();
    private static final double[] PROXIMITY_VALUES = new double[PROXIMITIES.length];

    static {
        for (var proximity : PROXIMITIES) {
            PROXIMITY_VALUES[proximity.ordinal()] = MatchScoring.PROXIMITY_VALUE.get(proximity);
        }
    }

    /** A place as the proximity rule reads it (same commune, EPCI, département, région). */
    public record Place(int municipality, int epci, int department, int region) {
    }

    /** A company in compact form, and its profile for the reasons of the winners. */
    public record CompanyEntry(UUID id, String name, String searchableName, long themes, int contributions, int[] capacities,
                        Place[] places, int targets, int maturity, PartnerProfile profile) {
    }

    /** A published need in compact form, and its facts for the reasons of the winners. */
    public record NeedEntry(UUID id, UUID organizationId, String organizationName, String title, String searchableText, long themes,
                     int themeCount, int contribution, int categories, Place place, int farthest, boolean quantityCounted,
                     double quantity, long modelCategories, int modelCount, boolean coConstruction, MatchScoring.NeedFacts facts) {
    }

    private final JdbcTemplate jdbc;
    private final OrganizationService organizations;
    private final Territories territories;
    private final Map<String, Place> places = new ConcurrentHashMap<>();
    private final Map<String, Integer> codes = new ConcurrentHashMap<>();
    private final Map<UUID, CompanyEntry> companies = new ConcurrentHashMap<>();
    private final Map<UUID, NeedEntry> needs = new ConcurrentHashMap<>();
    private volatile CompanyTable companySnapshot;
    private volatile NeedTable needSnapshot;
    private volatile boolean loaded;

    MatchIndex(JdbcTemplate jdbc, OrganizationService organizations, Territories territories) {
        this.jdbc = jdbc;
        this.organizations = organizations;
        this.territories = territories;
    }

    // ---- queries ------------------------------------------------------------------------------------------------

    /**
     * The candidates of one scan, in compact form: for each, the need, the organisation on the other side and the
     * score. Nothing is allocated per candidate, so that a scan of 100,000 stays within a few milliseconds.
     */
    public static final class Scan {
        private final UUID[] needIds;
        private final UUID[] organizationIds;
        private final int[] scores;
        private int size;

        Scan(int capacity) {
            needIds = new UUID[capacity];
            organizationIds = new UUID[capacity];
            scores = new int[capacity];
        }

        void add(UUID needId, UUID organizationId, int score) {
            needIds[size] = needId;
            organizationIds[size] = organizationId;
            scores[size++] = score;
        }

        public int size() {
            return size;
        }

        public int score(int i) {
            return scores[i];
        }

        public UUID needId(int i) {
            return needIds[i];
        }

        public UUID organizationId(int i) {
            return organizationIds[i];
        }

        /**
         * The positions of the candidates that can stand among the first {@code count}: those scoring at least
         * {@code floor(threshold)}, where threshold is the score of the count-th best (lowered to a multiple of
         * {@code band}, so that a reordering within a band of near-equal scores keeps everyone it may move).
         */
        public int[] best(int count, int band) {
            var histogram = new int[101];
            for (int i = 0; i < size; i++) {
                histogram[scores[i]]++;
            }
            int threshold = 0;
            for (int score = 100, seen = 0; score >= 0; score--) {
                seen += histogram[score];
                if (seen >= count) {
                    threshold = score / band * band;
                    break;
                }
            }
            int kept = 0;
            for (int score = threshold; score <= 100; score++) {
                kept += histogram[score];
            }
            var positions = new int[kept];
            for (int i = 0, at = 0; i < size; i++) {
                if (scores[i] >= threshold) {
                    positions[at++] = i;
                }
            }
            return positions;
        }

    }

    /** Every company that passes the hard rules and the filter for this need, with its score. */
    public Scan companiesFor(UUID needId, RecommendationFilter filter, LocalDate today, Instant now) {
        ensureLoaded();
        var table = companyTable();
        var need = needs.get(needId);
        if (need == null || isPast(need, today)) {
            return new Scan(0);
        }
        double freshness = MatchScoring.freshness(need.facts().lastActivityAt(), now);
        var words = words(filter);
        int farthest = farthest(need.farthest(), filter.within());
        long themeFilter = filter.theme() == null ? 0 : bit(filter.theme());
        long categoryFilter = filter.category() == null ? 0 : bit(filter.category());
        long contributionFilter = filter.contribution() == null ? 0 : bit(filter.contribution());
        var at = need.place();
        int contribution = need.contribution();
        int contributions = Contribution.values().length;
        // a need that does not reach the whole country only meets companies present in its région
        int[] rows = need.farthest() == Proximity.NATIONAL.ordinal() ? null : table.byRegion.getOrDefault(at.region(), new int[0]);
        int count = rows == null ? table.size : rows.length;
        var result = new Scan(count);
        for (int row = 0; row < count; row++) {
            int j = rows == null ? row : rows[row];
            if (themeFilter != 0 && (table.themes[j] & themeFilter) == 0
                    || categoryFilter != 0 && (table.targets[j] & categoryFilter) == 0
                    || contributionFilter != 0 && (table.contributions[j] & contributionFilter) == 0
                    || words.length > 0 && !contains(table.searchable[j], words)) {
                continue;
            }
            int closest = 5;
            for (int k = table.placeStart[j]; k < table.placeStart[j + 1]; k++) {
                closest = Math.min(closest, proximity(at.municipality(), at.epci(), at.department(), at.region(),
                        table.municipality[k], table.epci[k], table.department[k], table.region[k]));
            }
            if (closest > farthest || need.organizationId().equals(table.ids[j])) {
                continue;
            }
            result.add(need.id(), table.ids[j], MatchScoring.combine(
                    contributionValue(table.contributions[j], contribution, table.capacities[j * contributions + contribution],
                            need.quantityCounted(), need.quantity()),
                    themeValue(need.themes(), need.themeCount(), table.themes[j]), PROXIMITY_VALUES[closest],
                    categoryValue(need.modelCategories(), need.modelCount(), table.targets[j]),
                    maturityValue(need.coConstruction(), table.maturity[j]), freshness));
        }
        return result;
    }

    /** Every published need that passes the hard rules and the filter for this company, with its score. */
    public Scan needsFor(UUID companyId, PartnerProfile profile, RecommendationFilter filter, LocalDate today, Instant now) {
        ensureLoaded();
        var known = companies.get(companyId);
        var company = known != null ? known : toCompany(profile, "");
        var table = needTable();
        var words = words(filter);
        long todayDay = today.toEpochDay();
        long nowNanos = now.getEpochSecond() * 1_000_000_000L + now.getNano();
        long themeFilter = filter.theme() == null ? 0 : bit(filter.theme());
        long categoryFilter = filter.category() == null ? 0 : bit(filter.category());
        int contributionFilter = filter.contribution() == null ? -1 : filter.contribution().ordinal();
        int within = filter.within() == null ? 4 : filter.within().ordinal();
        var places = company.places();
        // the needs that reach the whole country, and the others of the régions where the company is present
        var regions = new java.util.TreeSet<Integer>();
        for (var place : places) {
            regions.add(place.region());
        }
        var groups = new ArrayList<int[]>();
        groups.add(table.nationalRows);
        regions.forEach(region -> groups.add(table.byRegion.getOrDefault(region, new int[0])));
        var result = new Scan(groups.stream().mapToInt(group -> group.length).sum());
        double coConstructionFit = maturityValue(true, company.maturity());
        for (var group : groups) for (int i : group) {
            if (table.deadlineDay[i] < todayDay
                    || themeFilter != 0 && (table.themes[i] & themeFilter) == 0
                    || categoryFilter != 0 && (table.categories[i] & categoryFilter) == 0
                    || contributionFilter >= 0 && table.contribution[i] != contributionFilter
                    || words.length > 0 && !contains(table.searchable[i], words)) {
                continue;
            }
            int closest = 5;
            for (var place : places) {
                closest = Math.min(closest, proximity(table.municipality[i], table.epci[i], table.department[i], table.region[i],
                        place.municipality(), place.epci(), place.department(), place.region()));
            }
            if (closest > Math.min(table.farthest[i], within) || table.organizationIds[i].equals(companyId)) {
                continue;
            }
            int contribution = table.contribution[i];
            // as Duration.between(lastActivity, now).toMillis(): the whole milliseconds elapsed
            long elapsedMillis = Math.floorDiv(nowNanos - table.activityNanos[i], 1_000_000L);
            result.add(table.ids[i], table.organizationIds[i], MatchScoring.combine(
                    contributionValue(company.contributions(), contribution, company.capacities()[contribution],
                            table.quantityCounted[i], table.quantity[i]),
                    themeValue(table.themes[i], table.themeCount[i], company.themes()), PROXIMITY_VALUES[closest],
                    categoryValue(table.modelCategories[i], table.modelCount[i], company.targets()),
                    table.coConstruction[i] ? coConstructionFit : 1, MatchScoring.freshness(elapsedMillis)));
        }
        return result;
    }

    /** Same commune 0, same EPCI 1, same département 2, same région 3, national 4: the kernel's rule on compact codes. */
    private static int proximity(int municipality, int epci, int department, int region,
                                 int otherMunicipality, int otherEpci, int otherDepartment, int otherRegion) {
        if (municipality == otherMunicipality) {
            return 0;
        }
        if (epci >= 0 && epci == otherEpci) {
            return 1;
        }
        if (department == otherDepartment) {
            return 2;
        }
        return region == otherRegion ? 3 : 4;
    }

    /** As MatchScoring: the share of the need's themes the company shares. */
    private static double themeValue(long needThemes, int themeCount, long companyThemes) {
        return themeCount == 0 ? 0 : (double) Long.bitCount(needThemes & companyThemes) / themeCount;
    }

    /** As MatchScoring.capacityValue, 0 when the company does not offer the contribution (capacity -1: not counted). */
    private static double contributionValue(int offered, int contribution, int capacity, boolean quantityCounted, double quantity) {
        if ((offered & (1 << contribution)) == 0) {
            return 0;
        }
        return !quantityCounted || capacity < 0 ? 1 : Math.min(1, capacity / quantity);
    }

    /** As MatchScoring.categoryFit: the share of the need's models in a category the company targets. */
    private static double categoryValue(long modelCategories, int modelCount, int targets) {
        if (modelCount == 0 || targets == 0) {
            return 0;
        }
        int fitting = 0;
        for (int m = 0; m < modelCount; m++) {
            if (((modelCategories >>> (4 * m)) & targets) != 0) {
                fitting++;
            }
        }
        return (double) fitting / modelCount;
    }

    /** As MatchScoring.maturityFit: co-construction asks for a structured partner; unknown maturity counts half. */
    private static double maturityValue(boolean coConstruction, int maturity) {
        if (!coConstruction) {
            return 1;
        }
        return maturity < 0 ? MatchScoring.UNKNOWN_MATURITY : MATURITY_LEVELS[maturity].isLow() ? 0 : 1;
    }

    private static int farthest(int reach, Proximity within) {
        return within == null ? reach : Math.min(reach, within.ordinal());
    }

    /** The companies as columns: a scan reads them in order, without following a reference per company. */
    static final class CompanyTable {
        final int size;
        final UUID[] ids;
        final String[] searchable;
        final long[] themes;
        final int[] contributions;
        final int[] capacities;
        final int[] placeStart;
        final int[] municipality;
        final int[] epci;
        final int[] department;
        final int[] region;
        final int[] targets;
        final int[] maturity;
        /** The rows of the companies present in each région. */
        final Map<Integer, int[]> byRegion = new HashMap<>();

        CompanyTable(CompanyEntry[] entries) {
            size = entries.length;
            ids = new UUID[size];
            searchable = new String[size];
            themes = new long[size];
            contributions = new int[size];
            int kinds = Contribution.values().length;
            capacities = new int[size * kinds];
            placeStart = new int[size + 1];
            targets = new int[size];
            maturity = new int[size];
            int placeCount = 0;
            for (var entry : entries) {
                placeCount += entry.places().length;
            }
            municipality = new int[placeCount];
            epci = new int[placeCount];
            department = new int[placeCount];
            region = new int[placeCount];
            int at = 0;
            for (int j = 0; j < size; j++) {
                var entry = entries[j];
                ids[j] = entry.id();
                searchable[j] = entry.searchableName();
                themes[j] = entry.themes();
                contributions[j] = entry.contributions();
                System.arraycopy(entry.capacities(), 0, capacities, j * kinds, kinds);
                targets[j] = entry.targets();
                maturity[j] = entry.maturity();
                placeStart[j] = at;
                for (var place : entry.places()) {
                    municipality[at] = place.municipality();
                    epci[at] = place.epci();
                    department[at] = place.department();
                    region[at++] = place.region();
                }
            }
            placeStart[size] = at;
            var rows = new HashMap<Integer, List<Integer>>();
            for (int j = 0; j < size; j++) {
                var seen = new HashSet<Integer>();
                for (var place : entries[j].places()) {
                    if (seen.add(place.region())) {
                        rows.computeIfAbsent(place.region(), key -> new ArrayList<>()).add(j);
                    }
                }
            }
            rows.forEach((region, list) -> byRegion.put(region, list.stream().mapToInt(Integer::intValue).toArray()));
        }
    }

    /** The published needs as columns, for the same reason. */
    static final class NeedTable {
        final int size;
        final UUID[] ids;
        final UUID[] organizationIds;
        final String[] searchable;
        final long[] themes;
        final int[] themeCount;
        final int[] contribution;
        final int[] categories;
        final int[] municipality;
        final int[] epci;
        final int[] department;
        final int[] region;
        final int[] farthest;
        final boolean[] quantityCounted;
        final double[] quantity;
        final long[] deadlineDay;
        /** The last activity in nanoseconds since 1970 (a long holds them until 2262). */
        final long[] activityNanos;
        /** The category mask of each of the need's models, four bits a model. */
        final long[] modelCategories;
        final int[] modelCount;
        /** Whether one of the need's models is all co-construction (no entry-door category). */
        final boolean[] coConstruction;
        /** The rows of the needs that reach the whole country. */
        final int[] nationalRows;
        /** The rows of the other needs, by région. */
        final Map<Integer, int[]> byRegion = new HashMap<>();

        NeedTable(NeedEntry[] entries) {
            size = entries.length;
            ids = new UUID[size];
            organizationIds = new UUID[size];
            searchable = new String[size];
            themes = new long[size];
            themeCount = new int[size];
            contribution = new int[size];
            categories = new int[size];
            municipality = new int[size];
            epci = new int[size];
            department = new int[size];
            region = new int[size];
            farthest = new int[size];
            quantityCounted = new boolean[size];
            quantity = new double[size];
            deadlineDay = new long[size];
            activityNanos = new long[size];
            modelCategories = new long[size];
            modelCount = new int[size];
            coConstruction = new boolean[size];
            for (int i = 0; i < size; i++) {
                var entry = entries[i];
                ids[i] = entry.id();
                organizationIds[i] = entry.organizationId();
                searchable[i] = entry.searchableText();
                themes[i] = entry.themes();
                themeCount[i] = entry.themeCount();
                contribution[i] = entry.contribution();
                categories[i] = entry.categories();
                municipality[i] = entry.place().municipality();
                epci[i] = entry.place().epci();
                department[i] = entry.place().department();
                region[i] = entry.place().region();
                farthest[i] = entry.farthest();
                quantityCounted[i] = entry.quantityCounted();
                quantity[i] = entry.quantity();
                deadlineDay[i] = entry.facts().deadline() == null ? Long.MAX_VALUE : entry.facts().deadline().toEpochDay();
                var activity = entry.facts().lastActivityAt();
                activityNanos[i] = activity.getEpochSecond() * 1_000_000_000L + activity.getNano();
                modelCategories[i] = entry.modelCategories();
                modelCount[i] = entry.modelCount();
                coConstruction[i] = entry.coConstruction();
            }
            var national = new ArrayList<Integer>();
            var rows = new HashMap<Integer, List<Integer>>();
            for (int i = 0; i < size; i++) {
                if (farthest[i] == Proximity.NATIONAL.ordinal()) {
                    national.add(i);
                } else {
                    rows.computeIfAbsent(region[i], key -> new ArrayList<>()).add(i);
                }
            }
            nationalRows = national.stream().mapToInt(Integer::intValue).toArray();
            rows.forEach((key, list) -> byRegion.put(key, list.stream().mapToInt(Integer::intValue).toArray()));
        }
    }

    public java.util.Optional<NeedEntry> need(UUID needId) {
        ensureLoaded();
        return java.util.Optional.ofNullable(needs.get(needId));
    }

    public java.util.Optional<CompanyEntry> company(UUID companyId) {
        ensureLoaded();
        return java.util.Optional.ofNullable(companies.get(companyId));
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
        afterCommit(() -> {
            if (loaded) {
                loadNeeds("n.id = ?", needId);
            }
        });
    }

    /** Reads a company's profile again once the current transaction has committed. */
    public void profileChanged(UUID organizationId) {
        afterCommit(() -> {
            if (loaded) {
                loadProfiles("p.organization_id = ?", organizationId);
            }
        });
    }

    /** Reads everything again: what other instances changed, and needs closed meanwhile. */
    @Scheduled(fixedDelayString = "${alliances.matching.index-reload:PT5M}", initialDelayString = "${alliances.matching.index-reload:PT5M}")
    public synchronized void reload() {
        var freshNeeds = new HashMap<UUID, NeedEntry>();
        var freshCompanies = new HashMap<UUID, CompanyEntry>();
        readNeeds(null, null, freshNeeds);
        readProfiles(null, null, freshCompanies);
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

    private static void afterCommit(Runnable action) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    action.run();
                }
            });
        } else {
            action.run();
        }
    }

    private synchronized void loadNeeds(String where, UUID id) {
        var found = new HashMap<UUID, NeedEntry>();
        readNeeds(where, id, found);
        if (found.isEmpty()) {
            needs.remove(id);
        } else {
            needs.putAll(found);
        }
        needSnapshot = null;
    }

    private synchronized void loadProfiles(String where, UUID id) {
        var found = new HashMap<UUID, CompanyEntry>();
        readProfiles(where, id, found);
        companies.putAll(found);
        companySnapshot = null;
    }

    private CompanyTable companyTable() {
        var table = companySnapshot;
        if (table == null) {
            table = new CompanyTable(companies.values().toArray(CompanyEntry[]::new));
            companySnapshot = table;
        }
        return table;
    }

    private NeedTable needTable() {
        var table = needSnapshot;
        if (table == null) {
            table = new NeedTable(needs.values().toArray(NeedEntry[]::new));
            needSnapshot = table;
        }
        return table;
    }

    // ---- reading the module's tables ----------------------------------------------------------------------------

    private void readNeeds(String where, UUID id, Map<UUID, NeedEntry> into) {
        var filter = "n.status = 'PUBLISHED'" + (where == null ? "" : " and " + where);
        Object[] arguments = id == null ? new Object[0] : new Object[] {id};
        var themes = new HashMap<UUID, Set<Theme>>();
        jdbc.query("select t.need_id, t.theme from matching_need_theme t join matching_need n on n.id = t.need_id where " + filter,
                (ResultSet row) -> {
                    themes.computeIfAbsent(row.getObject(1, UUID.class), key -> new HashSet<>()).add(Theme.valueOf(row.getString(2)));
                }, arguments);
        var models = new HashMap<UUID, Set<CooperationModel>>();
        jdbc.query("select m.need_id, m.model from matching_need_model m join matching_need n on n.id = m.need_id where " + filter,
                (ResultSet row) -> {
                    models.computeIfAbsent(row.getObject(1, UUID.class), key -> new HashSet<>()).add(CooperationModel.valueOf(row.getString(2)));
                }, arguments);
        var rows = new ArrayList<Object[]>();
        jdbc.query("select n.id, n.organization_id, n.title, n.description, n.contribution, n.commune_code, n.reach, n.quantity,"
                + " n.deadline, n.last_activity_at from matching_need n where " + filter, (ResultSet row) -> {
            rows.add(new Object[] {row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                    row.getString(5), row.getString(6), row.getString(7), row.getBigDecimal(8), row.getObject(9, LocalDate.class),
                    row.getTimestamp(10).toInstant()});
        }, arguments);
        var names = names(rows.stream().map(row -> (UUID) row[1]).toList());
        for (var row : rows) {
            var needId = (UUID) row[0];
            var facts = new MatchScoring.NeedFacts(needId, (UUID) row[1], (String) row[2], themes.getOrDefault(needId, Set.of()),
                    Contribution.valueOf((String) row[4]), models.getOrDefault(needId, Set.of()), (String) row[5],
                    Reach.valueOf((String) row[6]), (BigDecimal) row[7], (LocalDate) row[8], (Instant) row[9]);
            into.put(needId, toNeed(facts, names.getOrDefault((UUID) row[1], ""), (String) row[3]));
        }
    }

    private void readProfiles(String where, UUID id, Map<UUID, CompanyEntry> into) {
        var filter = where == null ? "true" : where;
        Object[] arguments = id == null ? new Object[0] : new Object[] {id};
        var themes = new HashMap<UUID, Set<Theme>>();
        jdbc.query("select p.organization_id, p.theme from matching_profile_theme p where " + filter, (ResultSet row) -> {
            themes.computeIfAbsent(row.getObject(1, UUID.class), key -> new HashSet<>()).add(Theme.valueOf(row.getString(2)));
        }, arguments);
        var contributions = new HashMap<UUID, Map<Contribution, Integer>>();
        jdbc.query("select p.organization_id, p.contribution, p.capacity from matching_profile_contribution p where " + filter, (ResultSet row) -> {
            int capacity = row.getInt(3);
            contributions.computeIfAbsent(row.getObject(1, UUID.class), key -> new EnumMap<>(Contribution.class))
                    .put(Contribution.valueOf(row.getString(2)), capacity == 0 ? null : capacity);
        }, arguments);
        var communes = new HashMap<UUID, Set<String>>();
        jdbc.query("select p.organization_id, p.commune_code from matching_profile_commune p where " + filter, (ResultSet row) -> {
            communes.computeIfAbsent(row.getObject(1, UUID.class), key -> new LinkedHashSet<>()).add(row.getString(2));
        }, arguments);
        var targets = new HashMap<UUID, List<Category>>();
        jdbc.query("select p.organization_id, p.category from matching_profile_category p where " + filter + " order by p.organization_id, p.position",
                (ResultSet row) -> {
                    targets.computeIfAbsent(row.getObject(1, UUID.class), key -> new ArrayList<>()).add(Category.valueOf(row.getString(2)));
                }, arguments);
        var maturities = new HashMap<UUID, MaturityLevel>();
        jdbc.query("select p.organization_id, p.maturity from matching_profile p where " + filter, (ResultSet row) -> {
            var maturity = row.getString(2);
            maturities.put(row.getObject(1, UUID.class), maturity == null ? null : MaturityLevel.valueOf(maturity));
        }, arguments);
        var names = names(maturities.keySet());
        for (var companyId : maturities.keySet()) {
            var profile = new PartnerProfile(companyId, themes.getOrDefault(companyId, Set.of()),
                    contributions.getOrDefault(companyId, Map.of()), communes.getOrDefault(companyId, Set.of()),
                    targets.getOrDefault(companyId, List.of()), maturities.get(companyId));
            into.put(companyId, toCompany(profile, names.getOrDefault(companyId, "")));
        }
    }

    private Map<UUID, String> names(Collection<UUID> ids) {
        var result = new HashMap<UUID, String>();
        var all = new ArrayList<>(new HashSet<>(ids));
        for (int from = 0; from < all.size(); from += 1000) {
            organizations.findAll(all.subList(from, Math.min(all.size(), from + 1000))).values()
                    .forEach((Organization organization) -> result.put(organization.id(), organization.name()));
        }
        return result;
    }

    // ---- compact forms ------------------------------------------------------------------------------------------

    CompanyEntry toCompany(PartnerProfile profile, String name) {
        long themeBits = 0;
        for (var theme : profile.themes()) {
            themeBits |= bit(theme);
        }
        int contributionBits = 0;
        var capacities = new int[Contribution.values().length];
        java.util.Arrays.fill(capacities, -1);
        for (var offered : profile.contributions().entrySet()) {
            contributionBits |= bit(offered.getKey());
            capacities[offered.getKey().ordinal()] = offered.getValue() == null ? -1 : offered.getValue();
        }
        int targetBits = 0;
        for (var category : profile.targetCategories()) {
            targetBits |= bit(category);
        }
        var companyPlaces = profile.communeCodes().stream().map(this::place).filter(java.util.Objects::nonNull).toArray(Place[]::new);
        return new CompanyEntry(profile.organizationId(), name, Territories.normalize(name), themeBits, contributionBits, capacities,
                companyPlaces, targetBits, profile.maturity() == null ? -1 : profile.maturity().ordinal(), profile);
    }

    NeedEntry toNeed(MatchScoring.NeedFacts facts, String organizationName, String description) {
        long themeBits = 0;
        for (var theme : facts.themes()) {
            themeBits |= bit(theme);
        }
        int categoryBits = 0;
        for (var model : facts.models()) {
            for (var category : model.categories()) {
                categoryBits |= bit(category);
            }
        }
        // each model's categories, four bits a model; whether one model is all co-construction
        long packed = 0;
        int models = 0;
        boolean coConstruction = false;
        for (var model : facts.models()) {
            long mask = 0;
            for (var category : model.categories()) {
                mask |= bit(category);
            }
            packed |= mask << (4 * models++);
            coConstruction |= model.categories().stream().noneMatch(Category::isEntryDoor);
        }
        int farthest = 0;
        for (var proximity : PROXIMITIES) {
            if (facts.reach().covers(proximity)) {
                farthest = Math.max(farthest, proximity.ordinal());
            }
        }
        // as MatchScoring.capacityValue: a quantity of none or zero is not counted
        boolean counted = facts.quantity() != null && facts.quantity().signum() != 0;
        return new NeedEntry(facts.id(), facts.organizationId(), organizationName, facts.title(),
                Territories.normalize(facts.title() + " " + (description == null ? "" : description)), themeBits, facts.themes().size(),
                facts.contribution().ordinal(), categoryBits, place(facts.communeCode()), farthest, counted,
                counted ? facts.quantity().doubleValue() : 0, packed, models, coConstruction, facts);
    }

    private Place place(String communeCode) {
        return places.computeIfAbsent(communeCode, code -> territories.commune(code).map(commune -> new Place(
                code(commune.municipalityCode()), commune.epci().isPresent() ? code("E" + commune.epciCode()) : -1,
                code("D" + commune.departmentCode()), code("R" + commune.regionCode()))).orElse(null));
    }

    private int code(String value) {
        return codes.computeIfAbsent(value, key -> codes.size());
    }

    private static boolean isPast(NeedEntry need, LocalDate today) {
        return need.facts().deadline() != null && need.facts().deadline().isBefore(today);
    }

    private static String[] words(RecommendationFilter filter) {
        return filter.text() == null || filter.text().isBlank() ? new String[0] : Territories.normalize(filter.text()).split("\\s+");
    }

    private static boolean contains(String text, String[] words) {
        for (var word : words) {
            if (!text.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static long bit(Enum<?> value) {
        return 1L << value.ordinal();
    }
}
