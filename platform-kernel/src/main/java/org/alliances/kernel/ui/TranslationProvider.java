package org.alliances.kernel.ui;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * Chains the message bundles of the application and of each module: every jar ships its own
 * {@code i18n/<name>.properties} (one name per jar, so that jars never shadow each other) and is found on the
 * class path, so a new module's texts need no registration. French is the default language, English the second.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale FRENCH = Locale.FRENCH;
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    /** The application's own texts first, then the kernel's, then the modules' in the order of their names. */
    private static final List<String> FIRST = List.of("app", "kernel");

    private final List<String> bundleNames = findBundles();

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(FRENCH, ENGLISH);
    }

    /** The bundles found on the class path ({@code i18n/app}, {@code i18n/kernel}, …), in the order they are read. */
    public List<String> bundleNames() {
        return bundleNames;
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

    private List<ResourceBundle> bundles(Locale locale) {
        var language = locale != null && ENGLISH.getLanguage().equals(locale.getLanguage()) ? ENGLISH : Locale.ROOT;
        var result = new ArrayList<ResourceBundle>();
        for (var name : bundleNames) {
            try {
                result.add(ResourceBundle.getBundle(name, language, TranslationProvider.class.getClassLoader(), NO_FALLBACK));
            } catch (MissingResourceException notShipped) {
                log.warn("The message bundle {} could not be read", name);
            }
        }
        return result;
    }

    private static List<String> findBundles() {
        try {
            var files = new PathMatchingResourcePatternResolver(TranslationProvider.class.getClassLoader())
                    .getResources("classpath*:i18n/*.properties");
            return java.util.Arrays.stream(files)
                    .map(file -> Objects.requireNonNull(file.getFilename()).replace(".properties", ""))
                    .filter(name -> !name.contains("_"))
                    .distinct()
                    .sorted(Comparator.comparing((String name) -> FIRST.contains(name) ? FIRST.indexOf(name) : FIRST.size())
                            .thenComparing(Comparator.naturalOrder()))
                    .map(name -> "i18n/" + name)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("The message bundles could not be listed", e);
        }
    }
}
