package org.alliances;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The keyboard alone, in headless Chromium: an association registers, proves its address, takes the diagnosis and
 * publishes a need with Tab, the arrows, Space, Enter and typing — no click. Each control is reached by tabbing until
 * the focused one bears the name a sighted user reads beside it.
 */
@EnabledIf(value = "chromiumInstalled", disabledReason = "Browser tests skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH (apt-get install chromium)")
class KeyboardJourneyTests extends BrowserJourneys {

    /** The name of the focused control: its field's label, its own label, or its text. */
    private static final String FOCUSED = """
            () => {
              let element = document.activeElement;
              while (element && element.shadowRoot && element.shadowRoot.activeElement) element = element.shadowRoot.activeElement;
              if (!element) return '';
              const field = element.closest('vaadin-checkbox, vaadin-radio-button, vaadin-text-field, vaadin-password-field, '
                + 'vaadin-email-field, vaadin-text-area, vaadin-combo-box, vaadin-multi-select-combo-box, vaadin-select, vaadin-big-decimal-field, vaadin-date-picker');
              if (field) {
                const own = field.querySelector(':scope > label');
                const choice = field.localName === 'vaadin-checkbox' || field.localName === 'vaadin-radio-button';
                return (field.label || (own && own.textContent) || (choice ? field.textContent : '') || '').trim();
              }
              return (element.getAttribute('aria-label') || element.textContent || '').trim();
            }""";
    /** The labels of the radio buttons in the focused one's group (empty when the focus is not on a radio button). */
    private static final String RADIO_GROUP = """
            () => {
              const radio = document.activeElement && document.activeElement.closest('vaadin-radio-button');
              const group = radio && radio.closest('vaadin-radio-group');
              return group ? Array.from(group.querySelectorAll('vaadin-radio-button')).map(button => {
                const own = button.querySelector(':scope > label');
                return (button.label || (own && own.textContent) || '').trim();
              }) : [];
            }""";

    @Test
    void anAssociationRegistersTakesTheDiagnosisAndPublishesANeedWithTheKeyboardAlone() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            var page = context.newPage();
            page.navigate(url("login"));
            tabTo(page, "Inscrire mon association");
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inscrire une association"))).isVisible();
            type(page, "Nom de l'association", "Les Claviers de Vaise");
            type(page, "Numéro RNA ou SIREN", "W693214599");
            type(page, "Commune du siège", "lyon 9");
            assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Lyon 9e Arrondissement (69)"))).isVisible();
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            type(page, "E-mail de contact", "claviers.vaise@example.org");
            type(page, "Mot de passe", "des claviers sans souris 2026");
            type(page, "Confirmez le mot de passe", "des claviers sans souris 2026");
            tabTo(page, "J’accepte les conditions d’utilisation");
            page.keyboard().press("Space");
            tabTo(page, "Créer le compte");
            page.keyboard().press("Enter");
            assertThat(page.getByText("Votre compte est créé").first()).isVisible();

            var link = java.util.regex.Pattern.compile("/adresse/confirmer/([A-Za-z0-9_-]{43})")
                    .matcher(mails.sentTo("claviers.vaise@example.org", "confirmez votre adresse").getLast().getText());
            org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
            page.navigate(url("adresse/confirmer/" + link.group(1)));
            tabTo(page, "Confirmer mon adresse");
            page.keyboard().press("Enter");
            assertThat(page.getByText("Votre adresse e-mail est confirmée")).isVisible();

            page.navigate(url("login"));
            tabTo(page, "Adresse e-mail", "username");
            page.keyboard().type("claviers.vaise@example.org");
            tabTo(page, "Mot de passe", "password");
            page.keyboard().type("des claviers sans souris 2026");
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mon espace — Les Claviers de Vaise"))).isVisible();

            tabTo(page, "Faites votre diagnostic de maturité : il oriente les partenaires et les ressources proposés");
            page.keyboard().press("Enter");
            tabTo(page, "Commencer le diagnostic");
            page.keyboard().press("Enter");
            var steps = List.of(List.of("Une ou deux actions ponctuelles", "Un soutien ou un don"),
                    List.of("Des occasions saisies au cas par cas", "Une personne, quand elle en a le temps"),
                    List.of("Quelques heures par mois", "Des moyens ponctuels, selon les occasions", "Un projet d'intérêt général à soutenir",
                            "Des missions pour des salariés bénévoles"),
                    List.of("Quelques-uns, de nom", "Une relation surtout formelle (convention, reçu fiscal)"),
                    List.of("De manière informelle", "Un bilan pour nos instances"),
                    List.of("Financer notre projet", "Mobiliser de nouveaux bénévoles"));
            for (int step = 0; step < steps.size(); step++) {
                assertThat(page.getByText("Étape " + (step + 1) + " sur 6", new Page.GetByTextOptions().setExact(false))).isVisible();
                for (var answer : steps.get(step)) {
                    choose(page, answer);
                }
                tabTo(page, step == steps.size() - 1 ? "Voir mon résultat" : "Enregistrer et continuer");
                page.keyboard().press("Enter");
            }
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Votre niveau de maturité : Expérimentation"))).isVisible();

            page.navigate(url("besoins/edition"));
            type(page, "Titre", "Des claviers pour l'atelier numérique");
            type(page, "Thèmes (3 au plus)", "Inclusion num");
            assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Inclusion numérique"))).isVisible();
            page.keyboard().press("ArrowDown");
            page.keyboard().press("Enter");
            page.keyboard().press("Escape");
            tabTo(page, "Contribution recherchée");
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Dons de biens"))).isVisible();
            while (!page.evaluate("() => { const item = document.querySelector('vaadin-select-item[focused]'); return item ? item.textContent.trim() : ''; }")
                    .equals("Dons de biens")) {
                page.keyboard().press("ArrowDown");
            }
            page.keyboard().press("Enter");
            type(page, "Description", "Dix claviers pour apprendre à écrire un courriel.");
            tabTo(page, "Publier");
            page.keyboard().press("Enter");
            assertThat(page.getByText("Des claviers pour l'atelier numérique").first()).isVisible();
            org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select status from matching_need where title = ?", String.class,
                    "Des claviers pour l'atelier numérique")).isEqualTo("PUBLISHED");
            assertNoAccessibilityViolation(page);
            screenshot(page, "keyboard-need-published");
        }
    }

    /** Tabs to the field of that name and types the text. */
    private static void type(Page page, String name, String text) {
        tabTo(page, name);
        page.keyboard().type(text);
    }

    /** Presses Tab until the focused control bears that name (or, for a plain input, that {@code name} attribute). */
    private static void tabTo(Page page, String name, String... inputName) {
        var seen = new java.util.LinkedHashSet<Object>();
        for (int i = 0; i < 150; i++) {
            page.keyboard().press("Tab");
            seen.add(page.evaluate(FOCUSED));
            if (name.equals(page.evaluate(FOCUSED)) || inputName.length > 0
                    && inputName[0].equals(page.evaluate("() => document.activeElement ? document.activeElement.name : ''"))) {
                return;
            }
        }
        throw new AssertionError("Tab never reached \"" + name + "\" but " + seen);
    }

    /** Ticks a checkbox reached by Tab, or picks a radio button of a group with the arrows. */
    private static void choose(Page page, String label) {
        for (int i = 0; i < 150; i++) {
            page.keyboard().press("Tab");
            @SuppressWarnings("unchecked")
            var group = (List<String>) page.evaluate(RADIO_GROUP);
            if (group.contains(label)) {
                for (int move = 0; move < group.size() && !label.equals(page.evaluate(FOCUSED)); move++) {
                    page.keyboard().press("ArrowDown");
                }
                page.keyboard().press("Space");
                return;
            }
            if (group.isEmpty() && label.equals(page.evaluate(FOCUSED))) {
                page.keyboard().press("Space");
                return;
            }
        }
        throw new AssertionError("Tab never reached the choice \"" + label + "\"");
    }
}
