package org.alliances;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every screen of the platform, for the role that uses it, on a desktop (1280 px) and a phone (390 px): no horizontal
 * scrolling, axe-core's WCAG 2.1 A and AA rules, controls of at least 44 px on the phone, and the dialogs a screen opens
 * fitting the screen. {@code EveryScreenCheckedTests} fails when a route is reached by none of the journeys.
 */
@EnabledIf(value = "chromiumInstalled", disabledReason = "Browser tests skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH (apt-get install chromium)")
class ScreensJourneyTests extends BrowserJourneys {

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void theMainScreensOfEachRoleReadWellAndPassAxe(int width) {
        var screens = new java.util.LinkedHashMap<String, List<String>>();
        screens.put("association@demo.alliances.fr", List.of("", "partenariats", "diagnostic", "besoins", "besoins/edition", "partenaires",
                "interets", "mes-partenariats", "messages", "ressources", "pour-vous", "etudes-de-cas", "notifications", "contenus-masques"));
        screens.put("entreprise@demo.alliances.fr", List.of("", "profil-partenaire", "partenaires", "interets", "mes-partenariats", "messages"));
        screens.put("collectivite@demo.alliances.fr", List.of("", "observatoire"));
        screens.put("admin@demo.alliances.fr", List.of("", "moderation", "curation", "admin/demandes"));
        var problems = new java.util.ArrayList<String>();
        screens.forEach((email, routes) -> {
            try (var context = newContext(new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844))) {
                var page = context.newPage();
                page.navigate(url("login"));
                logIn(page, email, PASSWORD);
                assertThat(page.locator("h1").first()).isVisible();
                for (var route : routes) {
                    page.navigate(url(route));
                    assertThat(page.locator("h1").first()).isVisible();
                    try {
                        noHorizontalScrolling(page);
                        assertNoAccessibilityViolation(page);
                    } catch (AssertionError failed) {
                        problems.add(email + " /" + route + ": " + failed.getMessage());
                    }
                    if (width == 390 && !smallTouchTargets(page).isEmpty()) {
                        problems.add(email + " /" + route + ": controls smaller than 44 px " + smallTouchTargets(page));
                    }
                    if (!cutTableCells(page).isEmpty()) {
                        problems.add(email + " /" + route + ": table cells cut " + cutTableCells(page));
                    }
                    if (!controlsPastTheRightEdge(page).isEmpty()) {
                        problems.add(email + " /" + route + ": controls past the right edge " + controlsPastTheRightEdge(page));
                    }
                    if (width == 390 && route.equals("mes-partenariats")) {
                        assertThat(page.locator(".partnership-cards .card").first()).isVisible();
                        assertThat(page.locator("vaadin-grid.partnership-grid")).isHidden();
                    }
                    if (width == 390 && route.equals("ressources")) {
                        assertThat(page.locator(".library-facets")).isHidden();
                        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filtres")).click();
                        assertThat(page.locator(".library-facets")).isVisible();
                        noHorizontalScrolling(page);
                        assertNoAccessibilityViolation(page);
                    }
                    screenshot(page, "screen-" + (route.isEmpty() ? "home" : route.replace('/', '-')) + "-" + email.substring(0, email.indexOf('@'))
                            + "-" + width);
                }
            }
        });
        org.assertj.core.api.Assertions.assertThat(problems).as("screens with a problem").isEmpty();
    }


    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void theAccountScreensReadWellOnAPhoneAndADesktop(int width) {
        var size = new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844);
        var visitorPages = Map.of("inscription/association", "Inscrire une association", "inscription/entreprise", "Inscrire une entreprise",
                "inscription/rejoindre", "Rejoindre mon organisation déjà inscrite", "adresse/confirmer/lien-inconnu", "Confirmer mon adresse e-mail",
                "invitation/lien-inconnu", "Rejoindre une organisation");
        try (var context = newContext(size)) {
            var page = context.newPage();
            visitorPages.forEach((route, heading) -> {
                page.navigate(url(route));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText(heading);
                assertNoAccessibilityViolation(page);
                noHorizontalScrolling(page);
            });
        }
        var memberPages = Map.of("association@demo.alliances.fr", List.of("mon-compte", "membres"),
                "admin@demo.alliances.fr", List.of("admin/comptes", "admin/journal", "admin/rattachements", "admin/boite-d-envoi", "membres"));
        memberPages.forEach((email, routes) -> {
            try (var context = newContext(size)) {
                var page = context.newPage();
                page.navigate(url("login"));
                logIn(page, email, PASSWORD);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Mon espace");
                for (var route : routes) {
                    page.navigate(url(route));
                    assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
                    assertNoAccessibilityViolation(page);
                    screenshot(page, route.replace('/', '-') + "-" + width);
                }
            }
        });
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void theScreensBehindALinkAndTheDialogsTheyOpenReadWellAndPassAxe(int width) {
        var problems = new ArrayList<String>();
        try (var context = newContext(size(width))) {
            var visitor = new Walk(context.newPage(), width, problems);
            visitor.screen("donnees-ouvertes").screen("inscription/collectivite").screen("mot-de-passe-oublie")
                    .screen("mot-de-passe/nouveau/lien-inconnu").screen("login");
        }
        member("association@demo.alliances.fr", width, problems, walk -> walk
                .screen("diagnostic/historique")
                .screen("diagnostic").follow("diagnostic/resultat/")
                .screen("besoins").follow("besoin/")
                .screen("mes-partenariats").follow("partenariat/")
                .tab("Contributions").tab("Double impact").tab("Cheminement").tab("Bilan").tab("Historique")
                .dialog("Planifier la prochaine étape")
                .screen("besoins/edition").sendEmpty("Publier")
                .screen("mes-partenariats/declarer")
                .screen("ressources").follow("ressource/").dialog("Signaler")
                .screen("ressources/edition")
                .screen("mes-donnees").dialog("Supprimer mon compte")
                .screen("conditions-utilisation/accepter"));
        member("entreprise@demo.alliances.fr", width, problems, walk -> walk
                .screen("diagnostic/historique").follow("diagnostic/comparaison/")
                .screen("partenaires").follow("besoin/").dialog("Signaler")
                .screen("mes-partenariats").follow("partenariat/")
                .screen("messages").follow("conversation/"));
        member("collectivite@demo.alliances.fr", width, problems, walk -> walk
                .screen("observatoire/D69").screen("diagnostic").screen("pour-vous"));
        member("admin@demo.alliances.fr", width, problems, walk -> walk
                .screen("curation").tab("Brouillons").tab("Révision due").tab("Archivées").tab("À relire")
                .screen("curation/import").screen("ressources/edition")
                .screen("observatoire").dialog("Recalculer les chiffres"));
        org.assertj.core.api.Assertions.assertThat(problems).as("screens with a problem").isEmpty();
    }

    private void member(String email, int width, List<String> problems, java.util.function.Consumer<Walk> walk) {
        try (var context = newContext(size(width))) {
            var page = context.newPage();
            page.navigate(url("login"));
            logIn(page, email, PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).isVisible();
            walk.accept(new Walk(page, width, problems));
        }
    }

    private static Browser.NewContextOptions size(int width) {
        return new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844);
    }

    /** One member's way through screens, each checked as it is reached; what fails is written down and the walk goes on. */
    private final class Walk {

        private final Page page;
        private final int width;
        private final List<String> problems;

        Walk(Page page, int width, List<String> problems) {
            this.page = page;
            this.width = width;
            this.problems = problems;
        }

        Walk screen(String route) {
            page.navigate(url(route));
            return checked(route);
        }

        /** Opens the first visible link whose address starts with {@code route}, as a click on it would. */
        Walk follow(String route) {
            var link = page.locator("a[href^='" + route + "'] >> visible=true").first();
            link.scrollIntoViewIfNeeded();
            link.click();
            page.waitForURL("**/" + route + "**");
            return checked(route + "…");
        }

        Walk tab(String name) {
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(false)).first().click();
            assertThat(page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName(name).setExact(false).setSelected(true)).first()).isVisible();
            return checked("tab " + name);
        }

        /**
         * Sends the form empty with the button: the problems appear at their fields and all of them in the page's live
         * region (a screen reader reads them as they come), the focus goes to the first field in error, and the page
         * still passes axe-core.
         */
        Walk sendEmpty(String button) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).first().click();
            assertThat(page.locator("[slot=error-message] >> visible=true").first()).not().isEmpty();
            page.waitForFunction("() => { const region = document.getElementById('alliances-announcer');"
                    + " return region && region.getAttribute('role') === 'alert' && region.textContent.trim().length > 0; }");
            @SuppressWarnings("unchecked")
            var silent = (List<String>) page.evaluate("""
                    () => [...document.querySelectorAll('[slot=error-message]')]
                        .filter(message => message.checkVisibility() && message.textContent.trim())
                        .map(message => message.textContent.trim())
                        .filter(text => !document.getElementById('alliances-announcer').textContent.includes(text))""");
            if (!silent.isEmpty()) {
                problems.add(page.url() + " errors not announced: " + silent);
            }
            if (!(Boolean) page.evaluate("() => !!document.activeElement && !!document.activeElement.closest('[invalid]')")) {
                problems.add(page.url() + " the focus did not go to the first field in error after " + button);
            }
            return checked("errors " + button);
        }

        /** Opens the dialog behind the button, checks it as a screen of its own and that it fits, then closes it with Escape. */
        Walk dialog(String button) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).first().click();
            var opened = "vaadin-dialog[opened], vaadin-confirm-dialog[opened]";
            assertThat(page.locator(opened).locator("vaadin-button >> visible=true").first()).isVisible();
            @SuppressWarnings("unchecked")
            var box = (Map<String, Number>) page.evaluate("""
                    selector => { const boxes = [...document.querySelector(selector).children].map(child => child.getBoundingClientRect())
                                      .filter(box => box.width > 0);
                                  return { left: Math.min(...boxes.map(box => box.left)), right: Math.max(...boxes.map(box => box.right)) }; }""",
                    opened);
            if (box.get("left").doubleValue() < 0 || box.get("right").doubleValue() > width + 0.5) {
                problems.add(page.url() + " dialog " + button + " wider than the screen: from " + box.get("left") + " to " + box.get("right"));
            }
            checked("dialog " + button);
            page.keyboard().press("Escape");
            assertThat(page.locator(opened)).hasCount(0);
            return this;
        }

        private Walk checked(String what) {
            assertThat(page.locator("h1").first()).isVisible();
            try {
                noHorizontalScrolling(page);
                assertNoAccessibilityViolation(page);
            } catch (AssertionError failed) {
                problems.add(what + ": " + failed.getMessage());
            }
            if (width == 390 && !smallTouchTargets(page).isEmpty()) {
                problems.add(page.url() + " " + what + ": controls smaller than 44 px " + smallTouchTargets(page));
            }
            if (!cutTableCells(page).isEmpty()) {
                problems.add(page.url() + " " + what + ": table cells cut " + cutTableCells(page));
            }
            if (!controlsPastTheRightEdge(page).isEmpty()) {
                problems.add(page.url() + " " + what + ": controls past the right edge " + controlsPastTheRightEdge(page));
            }
            screenshot(page, "walk-" + what.replaceAll("[^a-zA-Zà-ü0-9]+", "-") + "-" + width);
            return this;
        }
    }
}
