package org.alliances.accounts.ui;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Set;

import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.alliances.accounts.internal.AuditJournal;
import org.alliances.accounts.internal.AuditJournal.Action;
import org.alliances.accounts.internal.AuditJournal.Line;
import org.alliances.kernel.Roles;
import org.alliances.kernel.ui.PhoneCards;

/** The admins' journal: every decision taken on accounts, latest first, filtered by kind; nobody can change it. */
@Route("admin/journal")
@Menu(title = "menu.admin.journal", order = 92, icon = "vaadin:records")
@RolesAllowed(Roles.ADMIN)
class JournalView extends VerticalLayout implements HasDynamicTitle {

    final MultiSelectComboBox<Action> actions = new MultiSelectComboBox<>();
    final Grid<Line> grid = new Grid<>();

    JournalView(AuditJournal journal) {
        addClassName("page");
        setSizeFull();
        var dates = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(getLocale())
                .withZone(ZoneId.of("Europe/Paris"));
        actions.setLabel(getTranslation("journal.filter"));
        actions.setItems(Action.values());
        actions.setItemLabelGenerator(action -> getTranslation(action.labelKey()));
        actions.setWidth("min(100%, 30em)");
        actions.addValueChangeListener(change -> grid.getDataProvider().refreshAll());
        var cards = PhoneCards.of(grid);
        cards.text(line -> dates.format(line.at())).setHeader(getTranslation("journal.at")).setAutoWidth(true);
        cards.text(line -> getTranslation(line.action().labelKey())).setHeader(getTranslation("journal.action")).setAutoWidth(true);
        cards.text(Line::actor).setHeader(getTranslation("journal.actor")).setAutoWidth(true);
        cards.text(line -> line.account().isEmpty() ? line.organization() : line.account() + " · " + line.organization())
                .setHeader(getTranslation("journal.target")).setAutoWidth(true);
        cards.text(line -> line.reason() == null ? "" : line.reason()).setHeader(getTranslation("journal.reason")).setFlexGrow(1);
        cards.cards(getTranslation("journal.card"));
        grid.setPageSize(AuditJournal.PAGE_SIZE);
        grid.setItems(query -> journal.lines(Set.copyOf(actions.getValue()), query.getPage(), query.getPageSize()).stream());
        grid.setEmptyStateText(getTranslation("journal.empty"));
        add(new H1(getTranslation("journal.title")), new Paragraph(getTranslation("journal.intro")), actions, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("journal.title") + " · " + getTranslation("app.name");
    }
}
