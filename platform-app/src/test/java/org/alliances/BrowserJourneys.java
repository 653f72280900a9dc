package org.alliances;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.Playwright;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * What every journey in a real headless Chromium needs: the browser, started once per class; the checks each screen
 * goes through (axe-core's WCAG 2.1 A and AA rules, no horizontal scrolling, no Content-Security-Policy violation); the
 * screenshots in target/screenshots. Journey classes add {@code @EnabledIf("chromiumInstalled")} so that they are
 * skipped, saying why, where Debian's Chromium is not installed.
 */
// a context (and so a demo database) of its own, shared by every journey class: the journeys change the demo data that
// DemoDataTests checks
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.application.name=alliances-browser-journeys")
@ActiveProfiles("demo")
@Import(TestSupport.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserJourneys {

    protected static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM_PATH", "/usr/bin/chromium"));
    protected static final Path SCREENSHOTS = Path.of("target", "screenshots");
    protected static final String PASSWORD = "Alliances-demo-2026";

    @LocalServerPort protected int port;
    @org.springframework.beans.factory.annotation.Autowired protected RecordingMailSender mails;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;
    protected Playwright playwright;
    protected Browser browser;

    static boolean chromiumInstalled() {
        return Files.isExecutable(CHROMIUM);
    }

    @BeforeAll
    void startChromium() throws Exception {
        Files.createDirectories(SCREENSHOTS);
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(CHROMIUM).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /** What the browser reported against the Content-Security-Policy during the current test. */
    final List<String> policyViolations = new java.util.concurrent.CopyOnWriteArrayList<>();

    /** A browser context whose pages report every Content-Security-Policy violation into {@link #policyViolations}. */
    protected BrowserContext newContext(Browser.NewContextOptions options) {
        var context = browser.newContext(options);
        context.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy")) {
                policyViolations.add(message.text());
            }
        });
        return context;
    }

    @org.junit.jupiter.api.AfterEach
    void noContentSecurityPolicyViolation() {
        try {
            org.assertj.core.api.Assertions.assertThat(policyViolations).as("Content-Security-Policy violations").isEmpty();
        } finally {
            policyViolations.clear();
        }
    }

    @AfterAll
    void stopChromium() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected void logIn(Page page, String email, String password) {
        page.locator("input[name=username]").fill(email);
        page.locator("input[name=password]").fill(password);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter")).click();
    }

    protected String url(String route) {
        return "http://localhost:" + port + "/" + route;
    }

    protected static void noHorizontalScrolling(Page page) {
        org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                .as("no horizontal scrolling on %s", page.url()).isTrue();
    }

    /**
     * Every page axe-core checked in this run, with the viewport's width ("/besoin/…@390"): {@code
     * EveryScreenCheckedTests} reads it once every journey has run.
     */
    static final java.util.Set<String> CHECKED = java.util.concurrent.ConcurrentHashMap.newKeySet();

    /**
     * axe-core's WCAG 2.1 A and AA rules on the page as it stands: no violation. Runs once the page is at rest: a
     * notice fading in (or any finite animation) is measured with its final colours, not half transparent over the
     * page.
     */
    protected static void assertNoAccessibilityViolation(Page page) {
        page.evaluate("""
                () => Promise.race([
                    Promise.all(document.getAnimations()
                        .filter(a => a.effect && a.effect.getComputedTiming().endTime !== Infinity)
                        .map(a => a.finished.catch(() => null))),
                    new Promise(resolve => setTimeout(resolve, 3000))])""");
        var results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
        org.assertj.core.api.Assertions.assertThat(results.getViolations())
                .as("axe-core violations on %s", page.url())
                .extracting(violation -> violation.getId() + ": " + violation.getHelp() + " " + violation.getNodes().stream()
                        .map(node -> node.getTarget() + " " + node.getFailureSummary()).toList())
                .isEmpty();
        CHECKED.add(java.net.URI.create(page.url()).getPath() + "@" + page.viewportSize().width);
    }

    /**
     * The controls on screen smaller than 44 × 44 px, the size a finger needs (WCAG 2.5.5): buttons, tabs, links outside
     * a sentence, menu entries, checkboxes and fields. Exempt as WCAG exempts them: a link inside a paragraph (inline),
     * and an area of the observatory's map (equivalent: each is also a link in the table of the areas below it).
     */
    protected static List<String> smallTouchTargets(Page page) {
        @SuppressWarnings("unchecked")
        var small = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-button, button, [role=tab], a, vaadin-side-nav-item,'
                        + ' vaadin-drawer-toggle, vaadin-checkbox, vaadin-radio-button, vaadin-select, vaadin-text-field,'
                        + ' vaadin-text-area, vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-date-picker,'
                        + ' vaadin-integer-field, vaadin-number-field, vaadin-email-field, vaadin-password-field')]
                    .filter(element => !(element.localName === 'a' && (element.closest('p') || element.closest('svg'))))
                    .filter(element => !element.closest('vaadin-button, vaadin-side-nav-item') || element.localName.startsWith('vaadin'))
                    .map(element => [element, element.getBoundingClientRect()])
                    .filter(([element, box]) => box.width > 0 && box.height > 0 && box.right > 0 && box.left < window.innerWidth
                        && getComputedStyle(element).visibility !== 'hidden')
                    .filter(([element, box]) => box.height < 43.5 || box.width < 43.5)
                    .map(([element, box]) => element.localName + (element.className ? '.' + String(element.className).trim().split(/\\s+/).join('.') : '')
                        + ' "' + (element.getAttribute('aria-label') || element.textContent || '').trim().slice(0, 30) + '" '
                        + Math.round(box.width) + '×' + Math.round(box.height))""");
        return small;
    }

    /** The controls that go past the screen's right edge, cut by a container that hides what overflows. */
    protected static List<String> controlsPastTheRightEdge(Page page) {
        @SuppressWarnings("unchecked")
        var cut = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-button, button, a, vaadin-text-field, vaadin-select, vaadin-combo-box')]
                    .filter(element => element.checkVisibility())
                    .map(element => [element, element.getBoundingClientRect()])
                    .filter(([element, box]) => box.width > 0 && box.left < window.innerWidth && box.right > window.innerWidth + 1)
                    .map(([element, box]) => element.localName + ' "' + (element.getAttribute('aria-label') || element.textContent || '').trim().slice(0, 30)
                        + '" ' + Math.round(box.left) + '–' + Math.round(box.right))""");
        return cut;
    }

    /**
     * The cells of a table cut on screen: a text ending in "…" or a column beyond the table's right edge, which a
     * reader on a phone would have to scroll sideways inside the table to find.
     */
    protected static List<String> cutTableCells(Page page) {
        @SuppressWarnings("unchecked")
        var cut = (List<String>) page.evaluate("""
                () => [...document.querySelectorAll('vaadin-grid')]
                    .filter(grid => grid.getBoundingClientRect().width > 0 && grid.checkVisibility())
                    .flatMap(grid => [...grid.querySelectorAll('vaadin-grid-cell-content')]
                        .filter(cell => cell.checkVisibility() && cell.getBoundingClientRect().width > 0)
                        .filter(cell => cell.scrollWidth > cell.clientWidth + 1
                            || cell.getBoundingClientRect().right > grid.getBoundingClientRect().right + 1)
                        .map(cell => (grid.className || grid.id || 'grid') + ': "' + cell.textContent.trim().slice(0, 30) + '"'))
                    .slice(0, 12)""");
        return cut;
    }

    /** Takes a screenshot once Vaadin has answered every request, as TestBench waits for it. */
    protected static void screenshot(Page page, String name) {
        page.waitForFunction("() => !window.Vaadin || !window.Vaadin.Flow || !window.Vaadin.Flow.clients"
                + " || Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive || !client.isActive())");
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(false));
    }
}
