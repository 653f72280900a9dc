package org.alliances.kernel.ui;

import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.button.Button;

/**
 * The "Filtres" button of a phone: it opens and folds the panel of filters by a class on {@code target} (the style
 * sheet hides the filters on a narrow screen unless that class is there), and says whether it is open
 * ({@code aria-expanded}). On a desktop the style sheet hides the button and shows the filters.
 */
public final class FiltersToggle {

    private FiltersToggle() {
    }

    /** Makes {@code button} the toggle: its text, its class ({@code facets-toggle}) and what a click does. */
    public static Button of(Button button, String label, HasStyle target, String openClassName) {
        button.setText(label);
        button.addClassName("facets-toggle");
        button.getElement().setAttribute("aria-expanded", "false");
        button.addClickListener(click -> {
            boolean open = !target.hasClassName(openClassName);
            target.setClassName(openClassName, open);
            button.getElement().setAttribute("aria-expanded", String.valueOf(open));
        });
        return button;
    }
}
