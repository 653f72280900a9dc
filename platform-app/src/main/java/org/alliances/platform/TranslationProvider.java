package org.alliances.platform;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Chains the message bundles of the application and of each module (one bundle name per jar, so that jars never
 * shadow each other). French is the default language, English the second.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The application's own bundle first, then the kernel's, then the modules' as they ship one. */
    static final List<String> BUNDLES = List.of("i18n/app", "i18n/kernel", "i18n/diagnosis", "i18n/matching",
            "i18n/partnerships", "i18n/resources", "i18n/observatory");

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        for (var bundle : bundles(locale)) {
            if (bundle.containsKey(key)) {
                var pattern = bundle.getString(key);
                return params.length == 0 ? pattern : new MessageFormat(pattern, locale).format(params);
            }
        }
        log.warn("Missing translation for key {}", key);
        return "!" + key;
    }

    private static List<ResourceBundle> bundles(Locale locale) {
        var language = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        var result = new ArrayList<ResourceBundle>();
        for (var name : BUNDLES) {
            try {
                result.add(ResourceBundle.getBundle(name, language, TranslationProvider.class.getClassLoader(), NO_FALLBACK));
            } catch (MissingResourceException notShippedYet) {
                // a module without texts yet
            }
        }
        return result;
    }
}
