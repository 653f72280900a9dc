package org.alliances.partnerships.ui;

import java.util.function.IntFunction;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.springframework.data.domain.Page;

/**
 * Shows one page of a long list in a grid, with "previous / page n of m / next": a partnership with hundreds of lines
 * still opens on one screen, and only one page is read from the database.
 */
class Pager<T> extends HorizontalLayout {

    final Button previous = new Button();
    final Button next = new Button();
    final Span position = new Span();
    private final Grid<T> grid;
    private final IntFunction<Page<T>> pages;
    private int page;
    private Page<T> current;
    private java.util.function.Consumer<java.util.List<T>> alsoShow = items -> { };

    Pager(Grid<T> grid, IntFunction<Page<T>> pages) {
        this.grid = grid;
        this.pages = pages;
        previous.setText(getTranslation("partnerships.pager.previous"));
        next.setText(getTranslation("partnerships.pager.next"));
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        previous.addClickListener(click -> show(page - 1));
        next.addClickListener(click -> show(page + 1));
        setAlignItems(FlexComponent.Alignment.BASELINE);
        add(previous, position, next);
        grid.setAllRowsVisible(true);
    }

    /** Shows each page also elsewhere (the cards a phone reads instead of the grid). */
    void alsoShow(java.util.function.Consumer<java.util.List<T>> other) {
        alsoShow = other;
    }

    /** Shows the given page (kept within the pages that exist). */
    void show(int wanted) {
        current = pages.apply(Math.max(0, wanted));
        if (current.getNumber() > 0 && current.getNumber() >= current.getTotalPages()) {
            current = pages.apply(Math.max(0, current.getTotalPages() - 1));
        }
        page = current.getNumber();
        grid.setItems(current.getContent());
        alsoShow.accept(current.getContent());
        position.setText(getTranslation("partnerships.pager.position", page + 1, Math.max(1, current.getTotalPages()),
                current.getTotalElements()));
        previous.setEnabled(current.hasPrevious());
        next.setEnabled(current.hasNext());
        setVisible(current.getTotalPages() > 1);
    }

    void refresh() {
        show(page);
    }

    boolean isEmpty() {
        return current == null || current.getTotalElements() == 0;
    }

    Page<T> current() {
        return current;
    }
}
