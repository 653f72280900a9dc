package org.alliances.kernel.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;

/**
 * Marks a list of choices (a select, a group of checkboxes) as required for the eye, without the {@code aria-required}
 * the web components put where ARIA does not allow it (on a select's button, on a group): axe-core reports it as
 * an error (WCAG 4.1.2), and a screen reader hears "required" from the label's mark and the message at the field.
 */
public final class RequiredChoice {

    private RequiredChoice() {
    }

    public static <C extends Component & HasValue<?, ?>> void mark(C choice) {
        choice.setRequiredIndicatorVisible(true);
        choice.getElement().executeJs("""
                const host = this;
                customElements.whenDefined(host.localName).then(() => requestAnimationFrame(() => {
                  host.removeAttribute('aria-required');
                  host.querySelectorAll('[aria-required]').forEach(element => element.removeAttribute('aria-required'));
                }));""");
    }
}
