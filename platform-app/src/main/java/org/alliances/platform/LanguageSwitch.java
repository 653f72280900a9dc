package org.alliances.platform;

import java.util.Locale;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.VaadinSession;

/**
 * FR / EN buttons: the choice is kept in the session and the page is reloaded in the chosen language.
 */
public class LanguageSwitch extends HorizontalLayout {

    static final String LOCALE_ATTRIBUTE = "alliances.locale";

    public LanguageSwitch() {
        setSpacing(false);
        setAlignItems(Alignment.CENTER);
        addClassName("language-switch");
        add(button("FR", TranslationProvider.FRENCH), new Span("|"), button("EN", TranslationProvider.ENGLISH));
    }

    private Button button(String text, Locale locale) {
        var button = new Button(text, click -> choose(locale));
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        var current = UI.getCurrent() == null ? TranslationProvider.FRENCH : UI.getCurrent().getLocale();
        boolean active = locale.getLanguage().equals(current.getLanguage());
        button.getElement().setAttribute("aria-pressed", String.valueOf(active));
        button.getElement().setAttribute("lang", locale.getLanguage());
        button.getElement().setAttribute("aria-label", locale == TranslationProvider.FRENCH ? "Français" : "English");
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
