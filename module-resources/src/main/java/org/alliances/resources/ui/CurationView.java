package org.alliances.resources.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.kernel.Roles;
import org.alliances.kernel.ui.SectionTabs;
import org.alliances.resources.CurationService;
import org.alliances.resources.Resource;
import org.alliances.resources.ResourceStatus;
import org.alliances.kernel.ui.PhoneCards;

/**
 * The curators' desk: the review queue (members' proposals, case studies from closed partnerships, submitted drafts),
 * the drafts, the resources whose review date has come and the archive; new resource and CSV import.
 */
@Route("curation")
@Menu(title = "menu.resources.curation", order = 92, icon = "vaadin:archives")
@RolesAllowed(Roles.ADMIN)
class CurationView extends VerticalLayout implements HasDynamicTitle {

    final SectionTabs tabs;
    final Grid<Resource> queue = grid();
    final Grid<Resource> drafts = grid();
    final Grid<Resource> due = grid();
    final Grid<Resource> archived = grid();

    CurationView(CurationService curation) {
        addClassName("page");
        tabs = new SectionTabs(getTranslation("resources.curation.tabs"));
        add(new H1(getTranslation("resources.curation.title")), new Paragraph(getTranslation("resources.curation.intro")));
        var create = new Button(getTranslation("resources.curation.new"), click -> getUI().ifPresent(ui -> ui.navigate(ResourceFormView.class)));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new HorizontalLayout(create, new Button(getTranslation("resources.curation.import"),
                click -> getUI().ifPresent(ui -> ui.navigate(ImportView.class)))));
        fill(queue, curation.inStatus(ResourceStatus.IN_REVIEW, 0).getContent());
        fill(drafts, curation.inStatus(ResourceStatus.DRAFT, 0).getContent());
        fill(due, curation.reviewDue());
        fill(archived, curation.inStatus(ResourceStatus.ARCHIVED, 0).getContent());
        tabs.add(getTranslation("resources.curation.queue", queue.getListDataView().getItemCount()), queue);
        tabs.add(getTranslation("resources.curation.drafts", drafts.getListDataView().getItemCount()), drafts);
        tabs.add(getTranslation("resources.curation.due", due.getListDataView().getItemCount()), due);
        tabs.add(getTranslation("resources.curation.archived"), archived);
        tabs.setWidthFull();
        add(tabs);
    }

    private Grid<Resource> grid() {
        var grid = new Grid<Resource>();
        var cards = PhoneCards.of(grid);
        cards.component(resource -> new RouterLink(resource.title(), ResourceView.class, resource.id().toString())).setHeader(getTranslation("resources.field.title")).setFlexGrow(3);
        cards.text(resource -> getTranslation(resource.type().labelKey())).setHeader(getTranslation("resources.field.type")).setFlexGrow(1);
        cards.text(resource -> resource.proposedBy() != null ? getTranslation("resources.curation.by-member")
                : resource.partnershipId() != null ? getTranslation("resources.curation.by-partnership") : getTranslation("resources.curation.by-curator"))
                .setHeader(getTranslation("resources.curation.origin")).setFlexGrow(1);
        cards.text(resource -> resource.reviewOn() == null ? "" : resource.reviewOn().toString())
                .setHeader(getTranslation("resources.field.review")).setAutoWidth(true).setFlexGrow(0);
        cards.cards(getTranslation("resources.curation.card"));
        grid.addItemClickListener(click -> getUI().ifPresent(ui -> ui.navigate(ResourceView.class, click.getItem().id().toString())));
        grid.setAllRowsVisible(true);
        return grid;
    }

    private void fill(Grid<Resource> grid, List<Resource> resources) {
        grid.setItems(resources);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.resources.curation") + " · " + getTranslation("app.name");
    }
}
