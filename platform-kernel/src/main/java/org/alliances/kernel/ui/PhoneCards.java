package org.alliances.kernel.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.ValueProvider;

/**
 * A table that reads as a list of cards on a phone: its columns are declared through it, and besides them a column of
 * cards repeats each row's values under the columns' headings. On a screen up to 640 px wide the browser shows the
 * cards and hides the columns (a media query, no round trip); wider, the opposite. Texts wrap instead of ending in
 * "…". A table of three columns or more is otherwise cut on a phone, its last columns out of sight.
 */
public final class PhoneCards<T> {

    private record Field<T>(Grid.Column<T> column, ValueProvider<T, ?> value) {
    }

    private static final String SWITCH_COLUMNS = """
            const grid = this;
            if (grid.__phoneCards) { grid.__phoneCards(); return; }
            const narrow = window.matchMedia('(max-width: 640px)');
            const apply = () => grid.querySelectorAll(':scope > vaadin-grid-column').forEach(column =>
                column.hidden = column.classList.contains('phone-card-column') ? !narrow.matches : narrow.matches);
            narrow.addEventListener('change', apply);
            grid.__phoneCards = apply;
            customElements.whenDefined('vaadin-grid-column').then(apply);""";

    private final Grid<T> grid;
    private final List<Field<T>> fields = new ArrayList<>();

    private PhoneCards(Grid<T> grid) {
        this.grid = grid;
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
    }

    public static <T> PhoneCards<T> of(Grid<T> grid) {
        return new PhoneCards<>(grid);
    }

    /** A column of text (its heading set on the column), repeated in the card. */
    public Grid.Column<T> text(ValueProvider<T, ?> value) {
        var column = grid.addColumn(value);
        fields.add(new Field<>(column, value));
        return column;
    }

    /** A column of components (links, buttons); the card gets its own copies, made by the same function. */
    public Grid.Column<T> component(ValueProvider<T, ? extends Component> value) {
        var column = grid.addComponentColumn(value::apply);
        fields.add(new Field<>(column, value));
        return column;
    }

    /**
     * Adds the column of cards, headed {@code heading} (what each card is: "Besoin", "Notification"), and the switch
     * between columns and cards. Called once every column is declared.
     */
    public Grid.Column<T> cards(String heading) {
        var cards = grid.addColumn(new ComponentRenderer<>(this::card)).setHeader(heading).setFlexGrow(1).setAutoWidth(false);
        cards.getElement().getClassList().add("phone-card-column");
        cards.getElement().setProperty("hidden", true);
        grid.addAttachListener(attach -> grid.getElement().executeJs(SWITCH_COLUMNS));
        return cards;
    }

    private Div card(T item) {
        var card = new Div();
        card.addClassName("phone-card");
        var french = UI.getCurrent() == null || "fr".equals(UI.getCurrent().getLocale().getLanguage());
        for (var field : fields) {
            if (!field.column().isVisible()) {
                continue;
            }
            var value = field.value().apply(item);
            if (value == null || value instanceof String text && text.isBlank()) {
                continue;
            }
            var line = new Div();
            line.addClassName("phone-card-line");
            var heading = field.column().getHeaderText();
            if (heading != null && !heading.isBlank()) {
                var label = new Span(heading + (french ? " : " : ": "));
                label.addClassName("phone-card-heading");
                line.add(label);
            }
            line.add(value instanceof Component component ? component : new Span(String.valueOf(value)));
            card.add(line);
        }
        return card;
    }
}
