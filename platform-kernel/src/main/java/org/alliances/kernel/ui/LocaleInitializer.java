package org.alliances.kernel.ui;

import java.util.Locale;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.stereotype.Component;

/** Every UI opens in French unless the member chose English with the language switch (kept in the session). */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(chosenLocale(init.getUI().getSession())));
    }

    static Locale chosenLocale(VaadinSession session) {
        var chosen = session == null ? null : session.getAttribute(LanguageSwitch.LOCALE_ATTRIBUTE);
        return chosen instanceof Locale locale ? locale : TranslationProvider.FRENCH;
    }
}
