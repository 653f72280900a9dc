package org.alliances.kernel.ui;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;

/**
 * FR / EN buttons: the choice is kept in the session and the page is reloaded in the chosen language. In the kernel
 * because every public page shows it, the application's header and login as well as a module's open pages.
 */
public class LanguageSwitch extends HorizontalLayout {

    /** The session attribute holding the chosen {@link Locale}; read when a UI opens. */
    public static final String LOCALE_ATTRIBUTE = "alliances.locale";

    public LanguageSwitch() {
        setSpacing(false);
        setAlignItems(Alignment.CENTER);
        addClassName("language-switch");
        add(button("FR", Locale.FRENCH), new Span("|"), button("EN", Locale.ENGLISH));
    }

    private Button button(String text, Locale locale) {
        var button = new Button(text, click -> choose(locale));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        var current = UI.getCurrent() == null ? Locale.FRENCH : UI.getCurrent().getLocale();
        boolean active = locale.getLanguage().equals(current.getLanguage());
        button.getElement().setAttribute("aria-pressed", String.valueOf(active));
        button.getElement().setAttribute("lang", locale.getLanguage());
        // the name holds the visible text, as voice control users say it (WCAG 2.5.3)
        button.getElement().setAttribute("aria-label", locale == Locale.FRENCH ? "FR — français" : "EN — English");
        if (active) {
            button.addClassName("active");
        }
        return button;
    }

    public static void choose(Locale locale) {
        VaadinSession.getCurrent().setAttribute(LOCALE_ATTRIBUTE, locale);
        VaadinSession.getCurrent().setLocale(locale);
        UI.getCurrent().setLocale(locale);
        UI.getCurrent().getPage().reload();
    }
}
