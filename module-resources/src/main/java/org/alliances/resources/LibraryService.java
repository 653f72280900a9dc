package org.alliances.resources;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.InvalidInputException;
import org.alliances.kernel.Roles;
import org.alliances.resources.internal.ReaderProfiles;
import org.alliances.resources.internal.RecommendationScore;
import org.alliances.resources.internal.ResourceChecks;
import org.alliances.resources.internal.Resources;
import org.alliances.resources.internal.SearchIndex;
import org.alliances.resources.internal.SqlSearch;
import org.alliances.resources.internal.StoredResource;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The library's facade for members: they search the published resources in French, read them, get recommendations
 * and propose a resource or a case study. Curators write, review, publish, archive and import through
 * {@link CurationService}.
 */
@Service
public class LibraryService {

    static final String MEMBER = "isAuthenticated()";
    static final String ORGANIZATION = "hasAnyRole('" + Roles.ASSOCIATION + "', '" + Roles.COMPANY + "', '" + Roles.LOCAL_AUTHORITY + "')";

    public static final int PAGE_SIZE = 20;
    static final int RECOMMENDATIONS = 8;
    /** "Pour vous" scores the most recently changed published resources, this many. */
    static final int SCORED_RESOURCES = 2000;

    private final Resources resources;
    private final SearchIndex index;
    private final SqlSearch sql;
    private final ReaderProfiles profiles;
    private final ResourceChecks checks;
    private final JdbcTemplate jdbc;
    private final CurrentOrganization currentOrganization;
    private final Clock clock;

    LibraryService(Resources resources, SearchIndex index, SqlSearch sql, ReaderProfiles profiles, ResourceChecks checks, JdbcTemplate jdbc,
                   CurrentOrganization currentOrganization, Clock clock) {
        this.resources = resources;
        this.index = index;
        this.sql = sql;
        this.profiles = profiles;
        this.checks = checks;
        this.jdbc = jdbc;
        this.currentOrganization = currentOrganization;
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
                + "and other.status = 'PUBLISHED' and other.hidden_reason is null where me.id = ? and (other.models && me.models or other.categories && me.categories "
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
        jdbc.query("select department_code, count(*) as count from resources_resource where status = 'PUBLISHED' and hidden_reason is null "
                + "and type = 'CASE_STUDY' "
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
        var reader = new RecommendationScore.Reader(me.type(), profile, ongoing, next);
        var hidden = Set.copyOf(jdbc.queryForList("select id from resources_resource where hidden_reason is not null", UUID.class));
        return resources.findByStatusOrderByUpdatedAtDesc(ResourceStatus.PUBLISHED, PageRequest.of(0, SCORED_RESOURCES)).stream()
                .filter(stored -> !hidden.contains(stored.id()))
                .map(stored -> RecommendationScore.of(stored.toResource(), reader))
                .flatMap(Optional::stream)
                .sorted(Comparator.comparingInt((RecommendationScore.Scored scored) -> -scored.score())
                        .thenComparing(scored -> scored.recommendation().resource().publishedAt(), Comparator.nullsLast(Comparator.reverseOrder())))
                .limit(RECOMMENDATIONS)
                .map(RecommendationScore.Scored::recommendation)
                .toList();
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
        checks.check(form).throwIfAny();
        var me = currentOrganization.require();
        return resources.save(new StoredResource(ResourceStatus.IN_REVIEW, form, checks.departmentOf(form), me.id(), clock.instant())).toResource();
    }

    @PreAuthorize(ORGANIZATION)
    @Transactional(readOnly = true)
    public List<Resource> myProposals() {
        return resources.findByProposedByOrderByUpdatedAtDesc(currentOrganization.require().id()).stream().map(StoredResource::toResource).toList();
    }

    // ---- helpers -----------------------------------------------------------------------------------------------

    private boolean readable(StoredResource stored) {
        if (isCurator() || stored.status() == ResourceStatus.PUBLISHED && !isHidden(stored.id())) {
            return true;
        }
        var me = currentOrganization.get();
        return me.isPresent() && me.get().id().equals(stored.proposedBy()) && stored.status() != ResourceStatus.ARCHIVED;
    }

    private boolean isHidden(UUID id) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select hidden_reason is not null from resources_resource where id = ?", Boolean.class, id));
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
