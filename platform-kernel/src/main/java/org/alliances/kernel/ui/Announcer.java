package org.alliances.kernel.ui;

import com.vaadin.flow.component.Component;

/**
 * Says a text to screen readers at once through the page's one live region ({@code role="alert"}, out of sight), for
 * what appears without the focus going to it: the problems of a refused form. The field components' own error
 * messages are not live regions, so a screen reader would otherwise hear only the first field it lands on.
 */
public final class Announcer {

    public static final String REGION_ID = "alliances-announcer";

    private Announcer() {
    }

    /** Announces the text on the page of {@code onPage}; nothing when it is not attached. */
    public static void announce(Component onPage, String text) {
        onPage.getUI().ifPresent(ui -> ui.getPage().executeJs("""
                let region = document.getElementById($0);
                if (!region) {
                  region = document.createElement('div');
                  region.id = $0;
                  region.setAttribute('role', 'alert');
                  region.className = 'visually-hidden';
                  document.body.appendChild(region);
                }
                region.textContent = '';
                setTimeout(() => region.textContent = $1, 150);""", REGION_ID, text));
    }
}
