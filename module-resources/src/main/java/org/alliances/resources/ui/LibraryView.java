package org.alliances.resources.ui;

import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.CurrentOrganization;
import org.alliances.kernel.OrganizationType;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.FiltersToggle;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.resources.Facet;
import org.alliances.resources.LibraryService;
import org.alliances.resources.SearchQuery;
import org.alliances.resources.SearchResult;

/**
 * The library: French full-text search over the published resources (accents and plurals ignored, matching words
 * marked), ranked, with every facet counted, 20 results a page.
 */
@Route("ressources")
@Menu(title = "menu.resources.library", order = 40, icon = "vaadin:book")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY, Roles.ADMIN})
class LibraryView extends VerticalLayout implements HasDynamicTitle {

    final TextField words = new TextField();
    final Button search = new Button();
    final Map<Facet, CheckboxGroup<String>> facets = new EnumMap<>(Facet.class);
    final Button filtersToggle = new Button();
    final Div results = new Div();
    final Paragraph summary = new Paragraph();
    final Button previous = new Button();
    final Button next = new Button();
    final Span position = new Span();

    private final LibraryService library;
    private final Territories territories;
    private int page;
    private SearchResult current;
    private boolean updating;

    LibraryView(LibraryService library, Territories territories, CurrentOrganization currentOrganization) {
        this.library = library;
        this.territories = territories;
        addClassName("page");
        add(new H1(getTranslation("resources.library.title")), new Paragraph(getTranslation("resources.library.intro")));
        words.setPlaceholder(getTranslation("resources.library.placeholder"));
        words.setAriaLabel(getTranslation("resources.library.words"));
        TextLimits.limit(words, SearchQuery.TEXT_LONGEST);
        words.setWidth("32em");
        words.setClearButtonVisible(true);
        words.addKeyPressListener(Key.ENTER, press -> run(0));
        search.setText(getTranslation("resources.library.search"));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(click -> run(0));
        var bar = new HorizontalLayout(words, search);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        bar.addClassName("library-bar");
        var organization = currentOrganization.get().map(found -> found.type() != OrganizationType.PLATFORM).orElse(false);
        if (organization) {
            bar.add(new RouterLink(getTranslation("resources.library.propose"), ResourceFormView.class));
        } else {
            bar.add(new RouterLink(getTranslation("resources.library.curation"), CurationView.class));
        }
        add(bar);

        var filters = new VerticalLayout();
        filters.setPadding(false);
        filters.setWidth("18em");
        filters.addClassName("library-facets");
        for (var facet : Facet.values()) {
            var group = new CheckboxGroup<String>(getTranslation(facet.labelKey()));
            group.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
            group.addValueChangeListener(change -> {
                if (!updating && change.isFromClient()) {
                    run(0);
                }
            });
            facets.put(facet, group);
            filters.add(group);
        }
        previous.setText(getTranslation("resources.pager.previous"));
        next.setText(getTranslation("resources.pager.next"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> run(page - 1));
        next.addClickListener(click -> run(page + 1));
        var pager = new HorizontalLayout(previous, position, next);
        pager.setAlignItems(FlexComponent.Alignment.BASELINE);
        var list = new VerticalLayout(summary, results, pager);
        list.setPadding(false);
        var body = new HorizontalLayout(filters, list);
        body.setWidthFull();
        body.setFlexGrow(1, list);
        body.addClassName("library-body");
        FiltersToggle.of(filtersToggle, getTranslation("resources.library.filters"), body, "facets-open");
        add(filtersToggle, body);
        run(0);
    }

    /** Searches with the words and the ticked facet values, and shows the given page. */
    void run(int wanted) {
        var chosen = new EnumMap<Facet, Set<String>>(Facet.class);
        facets.forEach((facet, group) -> chosen.put(facet, group.getValue()));
        current = library.search(new SearchQuery(words.getValue(), chosen), Math.max(0, wanted));
        page = current.page();
        results.removeAll();
        current.hits().forEach(hit -> results.add(new HitCard(hit)));
        if (current.hits().isEmpty()) {
            results.add(new Paragraph(getTranslation(words.getValue().isBlank() ? "resources.library.empty" : "resources.library.none")));
        }
        summary.setText(getTranslation("resources.library.count", current.total()));
        position.setText(getTranslation("resources.pager.position", page + 1, current.pages()));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < current.pages());
        updating = true;
        try {
            current.facets().forEach((facet, counts) -> {
                var group = facets.get(facet);
                var selected = group.getValue();
                var values = new LinkedHashSet<>(counts.keySet());
                values.addAll(selected);
                group.setItems(values);
                group.setItemLabelGenerator(code -> Labels.of(facet, code, this, territories) + " (" + counts.getOrDefault(code, 0L) + ")");
                group.setValue(selected);
                group.setVisible(!values.isEmpty());
            });
        } finally {
            updating = false;
        }
    }

    SearchResult current() {
        return current;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.resources.library") + " · " + getTranslation("app.name");
    }
}
