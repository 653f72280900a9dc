package org.alliances.matching.ui;

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
import org.alliances.matching.MatchingService;
import org.alliances.matching.Need;
import org.alliances.kernel.ui.PhoneCards;

/** An association's needs, drafts and published and closed, with the way to a new one. */
@Route("besoins")
@Menu(title = "menu.matching.needs", order = 20, icon = "vaadin:bullseye")
@RolesAllowed(Roles.ASSOCIATION)
class MyNeedsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Need> needs = new Grid<>();
    final Button create = new Button();
    final Paragraph empty = new Paragraph();

    MyNeedsView(MatchingService matching) {
        addClassName("page");
        create.setText(getTranslation("matching.needs.new"));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.addClickListener(click -> getUI().ifPresent(ui -> ui.navigate(NeedFormView.class)));
        add(new H1(getTranslation("matching.needs.title")), new Paragraph(getTranslation("matching.needs.intro")), create);
        var mine = matching.myNeeds();
        if (mine.isEmpty()) {
            empty.setText(getTranslation("matching.needs.empty"));
            add(empty);
            return;
        }
        var cards = PhoneCards.of(needs);
        cards.text(Need::title).setHeader(getTranslation("matching.needs.need")).setFlexGrow(1);
        cards.text(need -> getTranslation(need.status().labelKey())).setHeader(getTranslation("matching.needs.status")).setAutoWidth(true).setFlexGrow(0);
        cards.component(need -> {
            var links = new HorizontalLayout(new RouterLink(getTranslation("matching.needs.open"), NeedView.class, need.id().toString()));
            if (!need.status().isClosed()) {
                links.add(new RouterLink(getTranslation("matching.needs.edit"), NeedFormView.class, need.id().toString()));
            }
            return links;
        }).setWidth("14em").setFlexGrow(0);
        cards.cards(getTranslation("matching.needs.card"));
        needs.setItems(mine);
        needs.setAllRowsVisible(true);
        add(needs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("title.matching.needs") + " · " + getTranslation("app.name");
    }
}
