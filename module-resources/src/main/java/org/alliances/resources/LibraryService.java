package org.alliances.resources;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.IntConsumer;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.resources.internal.CsvImport;
import org.alliances.resources.internal.ReaderProfiles;
import org.alliances.resources.internal.Resources;
import org.alliances.resources.internal.SearchIndex;
import org.alliances.resources.internal.SqlSearch;
import org.alliances.resources.internal.StoredResource;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's facade: every member searches the published resources in French, reads them, gets recommendations
 * and proposes a resource or a case study; curators (admins) write, review, publish, archive and import.
 */
@Service
public class LibraryService {

    static final String MEMBER = "isAuthenticated()";
    static final String CURATOR = "hasRole('" + Roles.ADMIN + "')";
    static final String ORGANIZATION = "hasAnyRole('" + Roles.ASSOCIATION + "', '" + Roles.COMPANY + "', '" + Roles.LOCAL_AUTHORITY + "')";

    public static final int PAGE_SIZE = 20;
    static final int TITLE_MAX = 300;
    static final int SUMMARY_MAX = 3000;
    static final int TEXT_MAX = 3000;
    static final int RECOMMENDATIONS = 8;

    private final Resources resources;
    private final SearchIndex index;
    private final SqlSearch sql;
    private final ReaderProfiles profiles;
    private final CsvImport csv;
    private final JdbcTemplate jdbc;
    private final CurrentOrganization currentOrganization;
    private final Territories territories;
    private final Clock clock;

    LibraryService(Resources resources, SearchIndex index, SqlSearch sql, ReaderProfiles profiles, CsvImport csv, JdbcTemplate jdbc,
                   CurrentOrganization currentOrganization, Territories territories, Clock clock) {
        this.resources = resources;
        this.index = index;
        this.sql = sql;
        this.profiles = profiles;
        this.csv = csv;
        this.jdbc = jdbc;
        this.currentOrganization = currentOrganization;
        this.territories = territories;
        this.clock = clock;
    }

    // ---- reading -----------------------------------------------------------------------------------------------

    /** A page of published resources matching the words and filters, ranked, with every facet counted. */
    @PreAuthorize(MEMBER)
    @Transactional(readOnly = true)
    public SearchResult search(SearchQuery query, int page) {
        var lexemes = sql.lexemes(query.text());
        var found = index.search(lexemes, query.hasText(), query.filters(), Math.max(0, page), PAGE_SIZE);
        var rows = resources.findAllById(found.ids()).stream().collect(java.util.stream.Collectors.toMap(StoredResource::id, r -> r));
        var headlines = sql.headlines(found.ids(), lexemes);
        var hits = new ArrayList<SearchResult.Hit>();
        for (int i = 0; i < found.ids().size(); i++) {
            var stored = rows.get(found.ids().get(i));
            if (stored == null) {
                continue;
            }
            var resource = stored.toResource();
            hits.add(new SearchResult.Hit(resource.id(), resource.title(), marked(headlines.getOrDefault(resource.id(), resource.summary())),
                    resource.type(), resource.purpose(), resource.year(), found.ranks().get(i)));
        }
        return new SearchResult(hits, found.total(), Math.max(0, page), found.facets());
    }

    /** A published resource; a curator reads any, an organisation also its own proposals. Empty otherwise. */
    @PreAuthorize(MEMBER)
    @Transactional(readOnly = true)
    public Optional<Resource> resource(UUID id) {
        return resources.findById(id).filter(this::readable).map(StoredResource::toResource);
    }

    /** Up to five published resources about the same models, categories or themes, the closest first. */
    @PreAuthorize(MEMBER)
    @Transactional(readOnly = true)
    public List<Resource> related(UUID id) {
        var ids = jdbc.queryForList("select other.id from resources_resource me join resources_resource other on other.id <> me.id "
                + "and other.status = 'PUBLISHED' where me.id = ? and (other.models && me.models or other.categories && me.categories "
                + "or other.themes && me.themes) order by (select count(*) from unnest(other.models) m where m = any(me.models)) * 3 "
                + "+ (select count(*) from unnest(other.categories) c where c = any(me.categories)) * 2 "
                + "+ (select count(*) from unnest(other.themes) t where t = any(me.themes)) desc, other.published_at desc, other.id limit 5",
                UUID.class, id);
        var found = resources.findAllById(ids).stream().collect(java.util.stream.Collectors.toMap(StoredResource::id, r -> r));
        return ids.stream().map(found::get).filter(java.util.Objects::nonNull).map(StoredResource::toResource).toList();
    }

    /** Published case studies per département, for the field-experience page. */
    @PreAuthorize(MEMBER)
    @Transactional(readOnly = true)
    public Map<String, Long> caseStudiesByDepartment() {
        var result = new LinkedHashMap<String, Long>();
        jdbc.query("select department_code, count(*) as count from resources_resource where status = 'PUBLISHED' and type = 'CASE_STUDY' "
                + "and department_code is not null group by department_code order by count(*) desc, department_code", rs -> {
            result.put(rs.getString("department_code"), rs.getLong("count"));
        });
        return result;
    }

    /**
     * "Pour vous": published resources for the organisation's latest diagnosis (its best categories, its maturity, its
     * type) and for the models of its partnerships under way, each with why; the best first.
     */
    @PreAuthorize(ORGANIZATION)
    @Transactional(readOnly = true)
    public List<Recommendation> forMe() {
        var me = currentOrganization.require();
        var profile = profiles.of(me.id());
        var ongoing = profiles.partnershipModels(me.id());
        var next = new HashSet<CooperationModel>();
        ongoing.forEach(model -> next.addAll(model.neighbours()));
        next.removeAll(ongoing);
        var scored = new ArrayList<Map.Entry<Integer, Recommendation>>();
        for (var stored : resources.findByStatusOrderByUpdatedAtDesc(ResourceStatus.PUBLISHED, PageRequest.of(0, 2000))) {
            var resource = stored.toResource();
            int score = 0;
            var reasons = new ArrayList<Recommendation.Reason>();
            for (var model : resource.models()) {
                if (ongoing.contains(model)) {
                    score += 4;
                    reasons.add(new Recommendation.Reason("resources.reason.partnership", List.of(model.labelKey())));
                    break;
                }
            }
            for (var model : resource.models()) {
                if (next.contains(model)) {
                    score += 2;
                    reasons.add(new Recommendation.Reason("resources.reason.next-model", List.of(model.labelKey())));
                    break;
                }
            }
            if (profile != null) {
                for (var category : profile.topCategories()) {
                    if (resource.categories().contains(category)) {
                        score += 3;
                        reasons.add(new Recommendation.Reason("resources.reason.category", List.of(category.labelKey())));
                        break;
                    }
                }
                if (profile.maturity() != null) {
                    var suits = profile.maturity().isLow() ? resource.purpose() != Purpose.ACT : resource.purpose() != Purpose.INFORM;
                    if (suits && score > 0) {
                        score += 1;
                        reasons.add(new Recommendation.Reason("resources.reason.maturity." + (profile.maturity().isLow() ? "low" : "high"),
                                List.of(profile.maturity().labelKey())));
                    }
                }
            }
            if (score > 0 && resource.audiences().contains(me.type())) {
                score += 1;
                reasons.add(new Recommendation.Reason("resources.reason.audience." + me.type().name(), List.of()));
            }
            if (score > 0) {
                scored.add(Map.entry(score, new Recommendation(resource, List.copyOf(reasons))));
            }
        }
        scored.sort(Comparator.comparing((Map.Entry<Integer, Recommendation> entry) -> -entry.getKey())
                .thenComparing(entry -> entry.getValue().resource().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder())));
        return scored.stream().limit(RECOMMENDATIONS).map(Map.Entry::getValue).toList();
    }

    /** Whether the organisation has taken a diagnosis or runs a partnership: without either, nothing can be recommended. */
    @PreAuthorize(ORGANIZATION)
    @Transactional(readOnly = true)
    public boolean knowsMe() {
        var me = currentOrganization.require();
        return profiles.of(me.id()) != null || !profiles.partnershipModels(me.id()).isEmpty();
    }

    // ---- proposing ---------------------------------------------------------------------------------------------

    /**
     * A member proposes a resource or a case study; it waits in the curators' review queue, seen only by them and by
     * the organisation that proposed it.
     *
     * @throws InvalidInputException with every problem found; nothing is saved then
     */
    @PreAuthorize(ORGANIZATION)
    @Transactional
    public Resource propose(ResourceForm form) {
        check(form).throwIfAny();
        var me = currentOrganization.require();
        return resources.save(new StoredResource(ResourceStatus.IN_REVIEW, form, departmentOf(form), me.id(), clock.instant())).toResource();
    }

    @PreAuthorize(ORGANIZATION)
    @Transactional(readOnly = true)
    public List<Resource> myProposals() {
        return resources.findByProposedByOrderByUpdatedAtDesc(currentOrganization.require().id()).stream().map(StoredResource::toResource).toList();
    }

    // ---- curating ----------------------------------------------------------------------------------------------

    /** @throws InvalidInputException with every problem found; nothing is saved then */
    @PreAuthorize(CURATOR)
    @Transactional
    public Resource create(ResourceForm form) {
        check(form).throwIfAny();
        return resources.save(new StoredResource(ResourceStatus.DRAFT, form, departmentOf(form), null, clock.instant())).toResource();
    }

    /** @throws InvalidInputException with every problem found; nothing is saved then */
    @PreAuthorize(CURATOR)
    @Transactional
    public Resource update(UUID id, ResourceForm form) {
        check(form).throwIfAny();
        return change(id, stored -> stored.write(form, departmentOf(form), clock.instant()));
    }

    @PreAuthorize(CURATOR)
    @Transactional
    public Resource submit(UUID id) {
        return change(id, stored -> stored.submit(clock.instant()));
    }

    /** Publishes a resource: members find it; {@link ResourcePublished} is announced. */
    @PreAuthorize(CURATOR)
    @Transactional
    public Resource publish(UUID id) {
        return change(id, stored -> {
            check(stored.toResource().toForm()).throwIfAny();
            stored.publish(clock.instant());
        });
    }

    /** Archives a resource: it leaves the library (a proposal refused is archived too). */
    @PreAuthorize(CURATOR)
    @Transactional
    public Resource archive(UUID id) {
        return change(id, stored -> stored.archive(clock.instant()));
    }

    /** Changes a resource and has the search index read it again once the change is committed. */
    private Resource change(UUID id, java.util.function.Consumer<StoredResource> change) {
        var stored = find(id);
        change.accept(stored);
        index.resourceChanged(id);
        return resources.save(stored).toResource();
    }

    /** Resources in one status, the last changed first (drafts, the review queue, the archive…). */
    @PreAuthorize(CURATOR)
    @Transactional(readOnly = true)
    public Page<Resource> inStatus(ResourceStatus status, int page) {
        return resources.findByStatusOrderByUpdatedAtDesc(status, PageRequest.of(page, PAGE_SIZE)).map(StoredResource::toResource);
    }

    /** Published resources whose review date has come. */
    @PreAuthorize(CURATOR)
    @Transactional(readOnly = true)
    public List<Resource> reviewDue() {
        return resources.findReviewDue(LocalDate.now(clock)).stream().map(StoredResource::toResource).toList();
    }

    /** Reads and checks a CSV file (UTF-8, with or without BOM, or Latin-1); imports nothing. */
    @PreAuthorize(CURATOR)
    public ImportPreview preview(byte[] file) {
        var preview = csv.read(file);
        var problems = new ArrayList<>(preview.problems());
        var said = new HashSet<String>();
        preview.problems().forEach(problem -> said.add(problem.row() + ":" + problem.column()));
        for (int i = 0; i < preview.rows().size(); i++) {
            int row = preview.lines().get(i);
            check(preview.rows().get(i)).problems().forEach((field, key) -> {
                if (said.add(row + ":" + field)) {
                    problems.add(new ImportPreview.RowProblem(row, field, key));
                }
            });
        }
        problems.sort(Comparator.comparingInt(ImportPreview.RowProblem::row));
        return new ImportPreview(preview.rows(), preview.lines(), List.copyOf(problems), preview.encoding());
    }

    /**
     * Imports every row of a file that has no problem, as drafts or published, all or nothing; tells the progress
     * (rows done) every 100 rows.
     *
     * @throws InvalidInputException when the file has a problem; nothing is imported then
     */
    @PreAuthorize(CURATOR)
    @Transactional
    public int importFile(byte[] file, boolean publish, IntConsumer progress) {
        var preview = preview(file);
        if (!preview.acceptable()) {
            throw InvalidInputException.of("file", preview.rows().isEmpty() ? "resources.import.empty" : "resources.import.rejected");
        }
        var now = clock.instant();
        int done = 0;
        var batch = new ArrayList<StoredResource>();
        for (var form : preview.rows()) {
            var stored = new StoredResource(ResourceStatus.DRAFT, form, departmentOf(form), null, now);
            if (publish) {
                stored.publish(now);
            }
            batch.add(stored);
            if (batch.size() == 100) {
                resources.saveAll(batch);
                batch.clear();
            }
            done++;
            if (done % 100 == 0) {
                progress.accept(done);
            }
        }
        resources.saveAll(batch);
        if (done % 100 != 0) {
            progress.accept(done);
        }
        if (publish) {
            index.reloadAfterCommit();
        }
        return done;
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private StoredResource find(UUID id) {
        return resources.findById(id).orElseThrow(() -> InvalidInputException.of("resource", "resources.unknown"));
    }

    private boolean readable(StoredResource stored) {
        if (stored.status() == ResourceStatus.PUBLISHED || isCurator()) {
            return true;
        }
        var me = currentOrganization.get();
        return me.isPresent() && me.get().id().equals(stored.proposedBy()) && stored.status() != ResourceStatus.ARCHIVED;
    }

    /** Whether the signed-in member curates the library (an admin): screens show the curation actions then. */
    public boolean curator() {
        return isCurator();
    }

    private static boolean isCurator() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }

    private String departmentOf(ResourceForm form) {
        return form.communeCode() == null ? null : territories.commune(form.communeCode()).map(commune -> commune.departmentCode()).orElse(null);
    }

    /** Every problem of a form, field by field. */
    InvalidInputException.Collector check(ResourceForm form) {
        var problems = new InvalidInputException.Collector();
        if (form.type() == null) {
            problems.add("type", "resources.form.type.required");
        }
        if (form.purpose() == null) {
            problems.add("purpose", "resources.form.purpose.required");
        }
        if (form.title() == null || form.title().isBlank()) {
            problems.add("title", "resources.form.title.required");
        } else if (form.title().strip().length() > TITLE_MAX) {
            problems.add("title", "resources.form.title.too-long");
        }
        if (form.summary() == null || form.summary().isBlank()) {
            problems.add("summary", "resources.form.summary.required");
        } else if (form.summary().strip().length() > SUMMARY_MAX) {
            problems.add("summary", "resources.form.summary.too-long");
        }
        if (form.year() != null && (form.year() < 1900 || form.year() > LocalDate.now(clock).getYear() + 1)) {
            problems.add("year", "resources.form.year.range");
        }
        if (form.url() != null && !form.url().isBlank() && !isWebAddress(form.url().strip())) {
            problems.add("url", "resources.form.url.invalid");
        }
        if (form.audiences().isEmpty()) {
            problems.add("audiences", "resources.form.audiences.required");
        }
        if (form.communeCode() != null && territories.commune(form.communeCode()).isEmpty()) {
            problems.add("commune", "resources.form.commune.unknown");
        }
        if (form.type() == ResourceType.CASE_STUDY) {
            if (form.communeCode() == null) {
                problems.add("commune", "resources.form.commune.required");
            }
            if (form.models().isEmpty()) {
                problems.add("models", "resources.form.models.required");
            }
            if (form.startedOn() != null && form.endedOn() != null && form.endedOn().isBefore(form.startedOn())) {
                problems.add("endedOn", "resources.form.ended.before-start");
            }
        }
        for (var text : new String[] {form.resultsGeneralInterest(), form.resultsCompany(), form.partnerTypes()}) {
            if (text != null && text.strip().length() > TEXT_MAX) {
                problems.add("results", "resources.form.text.too-long");
            }
        }
        return problems;
    }

    private static boolean isWebAddress(String url) {
        try {
            var uri = new URI(url);
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (Exception notAnAddress) {
            return false;
        }
    }

    /** Turns ts_headline's marks into HTML, the rest escaped. */
    static String marked(String headline) {
        var html = new StringBuilder();
        for (char c : headline.toCharArray()) {
            switch (c) {
                case SqlSearch.START -> html.append("<mark>");
                case SqlSearch.STOP -> html.append("</mark>");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                default -> html.append(c);
            }
        }
        return html.toString();
    }
}
