package org.alliances.resources.ui;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.Roles;
import org.alliances.kernel.Territories;
import org.alliances.kernel.ui.TextLimits;
import org.alliances.resources.Facet;
import org.alliances.resources.LibraryService;
import org.alliances.resources.ResourceType;
import org.alliances.resources.SearchQuery;

/**
 * Field experience: the published case studies, searchable, and how many there are per département (click one to
 * see its cases).
 */
@Route("etudes-de-cas")
@Menu(title = "menu.resources.case-studies", order = 42, icon = "vaadin:records")
@RolesAllowed({Roles.ASSOCIATION, Roles.COMPANY, Roles.LOCAL_AUTHORITY, Roles.ADMIN})
class CaseStudiesView extends VerticalLayout implements HasDynamicTitle {

    final TextField words = new TextField();
    final Grid<Map.Entry<String, Long>> departments = new Grid<>();
    final Div cases = new Div();
    private final LibraryService library;
    private String department;

    CaseStudiesView(LibraryService library, Territories territories) {
        this.library = library;
        addClassName("page");
        add(new H1(getTranslation("resources.cases.title")), new Paragraph(getTranslation("resources.cases.intro")));
        words.setPlaceholder(getTranslation("resources.cases.placeholder"));
        words.setAriaLabel(getTranslation("resources.library.words"));
        TextLimits.limit(words, SearchQuery.TEXT_LONGEST);
        words.setWidth("28em");
        words.addValueChangeListener(change -> show());
        add(new HorizontalLayout(words, new Button(getTranslation("resources.library.search"), click -> show())));
        departments.addColumn(entry -> Labels.of(Facet.DEPARTMENT, entry.getKey(), this, territories))
                .setHeader(getTranslation("resources.cases.department")).setFlexGrow(1);
        departments.addColumn(Map.Entry::getValue).setHeader(getTranslation("resources.cases.count")).setAutoWidth(true).setFlexGrow(0);
        departments.setItems(library.caseStudiesByDepartment().entrySet().stream().toList());
        departments.setAllRowsVisible(true);
        departments.setWidth("24em");
        departments.addItemClickListener(click -> {
            department = click.getItem().getKey().equals(department) ? null : click.getItem().getKey();
            show();
        });
        var body = new HorizontalLayout(new VerticalLayout(new H3(getTranslation("resources.cases.by-department")), departments), cases);
        body.setWidthFull();
        add(body);
        show();
    }

    void show() {
        var query = SearchQuery.of(words.getValue()).with(Facet.TYPE, ResourceType.CASE_STUDY.name());
        if (department != null) {
            query = query.with(Facet.DEPARTMENT, department);
        }
        var result = library.search(new SearchQuery(query.text(), query.filters()), 0);
        cases.removeAll();
        cases.add(new Paragraph(getTranslation("resources.cases.count.found", result.total())));
        result.hits().forEach(hit -> cases.add(new HitCard(hit)));
        if (result.hits().isEmpty()) {
            cases.add(new Paragraph(getTranslation("resources.cases.none")));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.resources.case-studies") + " · " + getTranslation("app.name");
    }
}
