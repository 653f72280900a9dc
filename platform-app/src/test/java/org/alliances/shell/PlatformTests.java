package org.alliances.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Pattern;

import org.alliances.TestSupport;
import org.alliances.kernel.ui.TranslationProvider;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.web.server.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/** The run-time platform: French first, both languages complete, sessions that end after 30 idle minutes. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("demo")
@Import(TestSupport.class)
class PlatformTests {

    /** A single quote is MessageFormat's escape: in a text with arguments it must be doubled. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Autowired TranslationProvider translations;
    @Autowired ServletWebServerApplicationContext context;

    @Test
    void frenchIsTheDefaultAndEnglishTheSecondLanguage() {
        assertThat(translations.getProvidedLocales()).containsExactly(Locale.FRENCH, Locale.ENGLISH);
        assertThat(translations.getTranslation("menu.home", Locale.FRENCH)).isEqualTo("Mon espace");
        assertThat(translations.getTranslation("menu.home", Locale.GERMAN)).isEqualTo("Mon espace");
        assertThat(translations.getTranslation("menu.home", Locale.ENGLISH)).isEqualTo("My space");
        assertThat(translations.getTranslation("category.PATRONAGE.label", Locale.FRENCH)).isEqualTo("Mécénat");
        assertThat(translations.getTranslation("home.title.COMPANY", Locale.FRENCH, "Acme")).isEqualTo("Mon espace — Acme");
    }

    @Test
    void bothLanguagesOfEveryBundleDefineTheSameKeysAndTextsWithArgumentsAreWellFormed() throws Exception {
        for (var name : translations.bundleNames()) {
            if (PlatformTests.class.getResource("/" + name + ".properties") == null) {
                continue;
            }
            var french = load("/" + name + ".properties");
            var english = load("/" + name + "_en.properties");
            var frenchOnly = new java.util.TreeSet<>(french.stringPropertyNames());
            frenchOnly.removeAll(english.stringPropertyNames());
            frenchOnly.remove("app.name");
            assertThat(frenchOnly).as("keys of %s without an English text", name).isEmpty();
            assertThat(french.stringPropertyNames()).as(name).containsAll(english.stringPropertyNames());
            for (var bundle : List.of(french, english)) {
                for (var key : bundle.stringPropertyNames()) {
                    var text = bundle.getProperty(key);
                    if (text.contains("{0}")) {
                        assertThat(LONE_QUOTE.matcher(text).find()).as("lone quote in %s of %s", key, name).isFalse();
                    } else {
                        assertThat(text).as("doubled quote in %s of %s, shown as is without arguments", key, name).doesNotContain("''");
                    }
                }
            }
        }
    }

    private static Properties load(String resource) throws Exception {
        var properties = new Properties();
        try (var reader = new InputStreamReader(PlatformTests.class.getResourceAsStream(resource), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }

    @Test
    void aSessionEndsAfterThirtyIdleMinutes() {
        assertThat(context.getServletContext().getSessionTimeout()).isEqualTo(30);
        assertThat(context.getEnvironment().getProperty("vaadin.closeIdleSessions")).isEqualTo("true");
    }

    @Test
    void theSessionCookieStaysOnThisSiteAndOutOfScripts() throws Exception {
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://localhost:" + context.getWebServer().getPort() + "/login")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        assertThat(response.headers().allValues("set-cookie")).filteredOn(cookie -> cookie.startsWith("JSESSIONID="))
                .isNotEmpty().allSatisfy(cookie -> assertThat(cookie).contains("HttpOnly").contains("SameSite=Lax"));
    }
}
