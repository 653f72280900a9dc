package org.alliances.observatory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.function.DoubleConsumer;

import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.observatory.internal.Rebuild;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;

/**
 * The observatory's figures of an area, for a local authority (its territory and what lies inside it) and for an
 * admin (the whole country), and the same figures as open data for anyone, down to the EPCI. Every count under
 * {@link Masked#THRESHOLD} is masked before it leaves this service.
 */
@Service
public class ObservatoryService {

    static final String WATCHERS = "hasAnyRole('" + Roles.LOCAL_AUTHORITY + "', '" + Roles.ADMIN + "')";

    private final FigureStore store;
    private final AreaTree tree;
    private final CurrentOrganization currentOrganization;
    private final Clock clock;
    private final Rebuild rebuild;
    private final OpenDataProtection openData;

    ObservatoryService(FigureStore store, AreaTree tree, CurrentOrganization currentOrganization, Clock clock, Rebuild rebuild,
                       OpenDataProtection openData) {
        this.openData = openData;
        this.store = store;
        this.tree = tree;
        this.currentOrganization = currentOrganization;
        this.clock = clock;
        this.rebuild = rebuild;
    }

    /**
     * Rebuilds the read model from the modules' replays (after a change of how figures are counted, or a doubt).
     *
     * @return how many events were applied
     */
    @PreAuthorize("hasRole('" + Roles.ADMIN + "')")
    public int rebuild(DoubleConsumer progress) {
        return rebuild.run(progress);
    }

    /** Where the member's observatory opens: its own territory for a local authority, the country for an admin. */
    @PreAuthorize(WATCHERS)
    public Area home() {
        if (isAdmin()) {
            return Area.COUNTRY;
        }
        var organization = currentOrganization.require();
        if (organization.type() != OrganizationType.LOCAL_AUTHORITY || organization.territoryLevel() == null) {
            throw new AccessDeniedException("Only local authorities and admins watch a territory");
        }
        return new Area(AreaLevel.of(organization.territoryLevel()), organization.identifier());
    }

    /** Whether the member may open this area: an admin any, a local authority its territory and what lies inside it. */
    @PreAuthorize(WATCHERS)
    public boolean mayWatch(Area area) {
        return tree.knows(area) && (isAdmin() || tree.contains(home(), area));
    }

    /**
     * @throws NoSuchElementException when the area does not exist
     * @throws AccessDeniedException when it lies outside the member's territory
     */
    @PreAuthorize(WATCHERS)
    public Report report(Area area) {
        requireWithinReach(area);
        return build(area, Protection.PRIMARY);
    }

    /** A headline figure of the member's territory: since the start and this month, masked. */
    public record Headline(Metric metric, Object total, Object thisMonth) {
    }

    /** The headline figures of the member's territory (its home), for "Mon espace": since the start, and this month. */
    @PreAuthorize(WATCHERS)
    public List<Headline> headlines() {
        var area = home();
        var today = LocalDate.now(clock.withZone(Territories.TIME_ZONE));
        var month = today.getYear() * 100 + today.getMonthValue();
        var figures = store.of(area, month);
        return Reports.MONTHLY.stream().map(metric -> new Headline(metric, Masked.count(figures.total(metric)),
                Masked.count(figures.inMonth(metric, month)))).toList();
    }

    /** The chosen figure of each area on the area's map, masked. */
    @PreAuthorize(WATCHERS)
    public Map<Area, Object> map(Area area, MapFigure figure) {
        requireWithinReach(area);
        return mapOf(area, figure, Protection.PRIMARY);
    }

    /**
     * The open data of an area: the same tables for the country, a région, a département or an EPCI, masked so that no
     * "&lt;5" can be worked out from all the open data together (complementary cells are "secret").
     */
    public Report openReport(Area area) {
        requireOpen(area);
        return build(area, openData);
    }

    /** The open map: départements of the country or a région, EPCI of a département (communes are not open data). */
    public Map<Area, Object> openMap(Area area, MapFigure figure) {
        requireOpen(area);
        if (area.level() == AreaLevel.EPCI) {
            throw new NoSuchElementException("No open map of the communes of " + area);
        }
        return mapOf(area, figure, openData);
    }

    /** The name of an area, for titles and tables ("France" for the country). */
    public String name(Area area) {
        return tree.name(area, "France");
    }

    public List<Area> mapped(Area area) {
        return tree.mapped(area);
    }

    private void requireOpen(Area area) {
        if (area.level() == AreaLevel.COMMUNE || !tree.knows(area)) {
            throw new NoSuchElementException("No open data for " + area);
        }
    }

    private void requireWithinReach(Area area) {
        if (!tree.knows(area)) {
            throw new NoSuchElementException("Unknown area " + area);
        }
        if (!mayWatch(area)) {
            throw new AccessDeniedException("The area " + area + " lies outside the member's territory");
        }
    }

    private Report build(Area area, Protection protection) {
        var today = LocalDate.now(clock.withZone(Territories.TIME_ZONE));
        var first = Reports.lastMonths(today).getFirst();
        var figures = store.of(area, first.getYear() * 100 + first.getMonthValue());
        var children = tree.children(area);
        var childFigures = store.of(children, List.of(Metric.ORGANIZATIONS, Metric.NEEDS_PUBLISHED, Metric.MATCHES,
                Metric.PARTNERSHIPS_STARTED));
        var rows = children.stream().map(child -> new Reports.Child(child, name(child), childFigures.get(child))).toList();
        var population = tree.population(area);
        return new Report(area, name(area), population, tree.ancestors(area), children,
                Reports.tables(area, figures, population, tree.population(Area.COUNTRY), today, rows, protection));
    }

    private Map<Area, Object> mapOf(Area area, MapFigure figure, Protection protection) {
        var result = new LinkedHashMap<Area, Object>();
        store.of(tree.mapped(area), List.of(figure.metric())).forEach((child, figures) ->
                result.put(child, protection.count(child, figure.item(), figure.of(figures))));
        return result;
    }

    private static boolean isAdmin() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getAuthorities().stream()
                .anyMatch(a -> a.getAuthority().equals("ROLE_" + Roles.ADMIN));
    }
}
