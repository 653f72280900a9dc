package org.alliances;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.condition.EnabledIf;
import org.alliances.accounts.AccountService;
import org.alliances.kernel.CooperationModel;
import org.alliances.kernel.OrganizationRegistration;
import org.alliances.kernel.Sector;
import org.alliances.kernel.SizeBand;
import org.alliances.kernel.testing.SignIn;
import org.alliances.kernel.testing.TestData;
import org.alliances.kernel.Theme;
import org.alliances.matching.Contribution;
import org.alliances.matching.MatchingService;
import org.alliances.matching.NeedForm;
import org.alliances.matching.Reach;
import org.alliances.partnerships.Declaration;
import org.alliances.partnerships.PartnershipService;
import org.alliances.partnerships.Stage;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The data rights in a real headless Chromium, at 1280 and 390 px: the legal pages from the login page, the terms of use
 * accepted again, the archive of "Mes données" downloaded and opened, an organisation deleted and its partner seeing
 * the partnership ended, a report reaching the admin who hides the need.
 */
@EnabledIf(value = "chromiumInstalled", disabledReason = "Browser tests skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH (apt-get install chromium)")
class DataRightsJourneyTests extends BrowserJourneys {

    @Autowired AccountService accounts;
    @Autowired PartnershipService partnerships;
    @Autowired MatchingService matching;

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void aCompanyReportsANeedAndTheAdminHidesIt(int width) {
        var title = "Besoin douteux vu à " + width + " px";
        SignIn.as("association@demo.alliances.fr", "ASSOCIATION");
        var need = matching.publish(null, new NeedForm(title, "Achetez nos montres.", Set.of(Theme.CITIZENSHIP), Contribution.GOODS,
                Set.of(CooperationModel.TRADITIONAL_PATRONAGE), "69123", Reach.DEPARTMENT, null, null, null));
        SignIn.out();
        var size = new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844);
        try (var context = newContext(size)) {
            var page = context.newPage();
            page.navigate(url("login"));
            logIn(page, "entreprise@demo.alliances.fr", PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName("Mon espace"))).isVisible();
            page.navigate(url("besoin/" + need.id()));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Signaler")).click();
            var dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByText("Spam ou publicité").click();
            dialog.getByLabel("Commentaire pour la modération (facultatif)").fill("Une publicité pour des montres.");
            assertNoAccessibilityViolation(page);
            screenshot(page, "report-need-" + width);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Envoyer le signalement")).click();
            assertThat(page.getByText("Merci : votre signalement est transmis à la modération.")).isVisible();
        }
        try (var context = newContext(size)) {
            var page = context.newPage();
            page.navigate(url("login"));
            logIn(page, "admin@demo.alliances.fr", PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName("Mon espace"))).isVisible();
            page.navigate(url("moderation"));
            var card = page.locator(".card").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(card.getByText("Une publicité pour des montres.", new Locator.GetByTextOptions().setExact(false))).isVisible();
            assertNoAccessibilityViolation(page);
            noHorizontalScrolling(page);
            screenshot(page, "moderation-queue-" + width);
            card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Masquer")).click();
            var dialog = page.getByRole(AriaRole.DIALOG);
            dialog.getByText("Spam ou publicité").click();
            dialog.getByLabel("Message à l’auteur (facultatif)").fill("Ce n’est pas un besoin d’association.");
            assertNoAccessibilityViolation(page);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Masquer le contenu")).click();
            assertThat(page.getByText("Le contenu est masqué ; son auteur en est prévenu.")).isVisible();
        }
        org.assertj.core.api.Assertions.assertThat(jdbc.queryForObject("select hidden_reason from matching_need where id = ?", String.class,
                need.id())).isEqualTo("SPAM");
        try (var context = newContext(size)) {
            var page = context.newPage();
            page.navigate(url("login"));
            logIn(page, "association@demo.alliances.fr", PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName("Mon espace"))).isVisible();
            page.navigate(url("contenus-masques"));
            var card = page.locator(".card").filter(new Locator.FilterOptions().setHasText(title));
            assertThat(card.getByText("Ce n’est pas un besoin d’association.", new Locator.GetByTextOptions().setExact(false))).isVisible();
            assertNoAccessibilityViolation(page);
            noHorizontalScrolling(page);
            org.assertj.core.api.Assertions.assertThat(width == 1280 ? List.of() : smallTouchTargets(page)).as("controls under 44 px").isEmpty();
            screenshot(page, "hidden-contents-" + width);
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void aResponsableDeletesTheOrganisationAndThePartnerSeesThePartnershipEnded(int width) {
        var association = registered(OrganizationRegistration.association("Association qui ferme " + width, TestData.rna(), "69123"));
        var company = registered(OrganizationRegistration.company("Entreprise partenaire " + width, TestData.siren(), "69123",
                Sector.TRADE, SizeBand.SMALL));
        SignIn.as(association, "ASSOCIATION");
        var partner = partnerships.findPartners("Entreprise partenaire " + width).getFirst();
        var partnership = partnerships.declare(new Declaration(partner.id(), CooperationModel.TRADITIONAL_PATRONAGE, "69123",
                LocalDate.now().minusMonths(3), null));
        SignIn.as(company, "COMPANY");
        partnerships.moveTo(partnership.id(), Stage.ACTIVE, null, null);
        SignIn.out();

        var size = new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844);
        try (var context = newContext(size)) {
            var page = context.newPage();
            page.navigate(url("login"));
            logIn(page, association, TestData.PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName("Mon espace"))).isVisible();
            page.navigate(url("mes-donnees"));
            var delete = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Supprimer « Association qui ferme " + width + " »"));
            delete.scrollIntoViewIfNeeded();
            assertNoAccessibilityViolation(page);
            noHorizontalScrolling(page);
            delete.click();
            var dialog = page.getByRole(AriaRole.DIALOG);
            assertThat(dialog.getByText("Organisation supprimée", new Locator.GetByTextOptions().setExact(false))).isVisible();
            dialog.getByLabel("Votre mot de passe").fill(TestData.PASSWORD);
            assertNoAccessibilityViolation(page);
            screenshot(page, "delete-organisation-" + width);
            dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Supprimer définitivement l’organisation")).click();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))).isVisible();
        }
        try (var context = newContext(size)) {
            var page = context.newPage();
            page.navigate(url("login"));
            logIn(page, company, TestData.PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName("Mon espace"))).isVisible();
            page.navigate(url("mes-partenariats"));
            // a grid on a desktop, cards on a phone: the one shown
            assertThat(page.locator("text=Organisation supprimée >> visible=true").first()).isVisible();
            assertThat(page.locator("text=Terminé >> visible=true").first()).isVisible();
            assertNoAccessibilityViolation(page);
            screenshot(page, "partner-sees-deleted-organisation-" + width);
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void aResponsableDownloadsTheOrganisationsDataAndOpensTheArchive(int width) throws Exception {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844).setAcceptDownloads(true))) {
            var page = context.newPage();
            page.navigate(url("login"));
            logIn(page, "association@demo.alliances.fr", PASSWORD);
            page.navigate(url("mon-compte"));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes données : télécharger tout ce que la plateforme garde sur moi"))
                    .click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName("Mes données"))).isVisible();
            assertNoAccessibilityViolation(page);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Préparer mon archive")).click();
            var link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Archive du")));
            assertThat(link.first()).isVisible(new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(30_000));
            assertNoAccessibilityViolation(page);
            noHorizontalScrolling(page);
            screenshot(page, "mes-donnees-" + width);
            var download = page.waitForDownload(() -> link.first().click());
            var names = new java.util.ArrayList<String>();
            var organisation = new StringBuilder();
            try (var zip = new java.util.zip.ZipInputStream(java.nio.file.Files.newInputStream(download.path()))) {
                for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                    names.add(entry.getName());
                    var text = new String(zip.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (entry.getName().equals("organisation.json")) {
                        organisation.append(text);
                    }
                }
            }
            org.assertj.core.api.Assertions.assertThat(names).contains("LISEZ-MOI.txt", "organisation.json", "partenariats.json", "compte.json");
            org.assertj.core.api.Assertions.assertThat(organisation.toString()).contains("Les Jardins partagés de la Croix-Rousse");
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void aMemberOnOlderTermsAcceptsTheNewVersionThenGoesOn(int width) {
        var email = "association" + (width == 1280 ? 11 : 12) + "@demo.alliances.fr";
        jdbc.update("update accounts_user set terms_version = '2020-01-01' where email = ?", email);
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844))) {
            var page = context.newPage();
            page.navigate(url("login"));
            logIn(page, email, PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)
                    .setName("Les conditions d’utilisation ont changé"))).isVisible();
            assertNoAccessibilityViolation(page);
            noHorizontalScrolling(page);
            screenshot(page, "terms-again-" + width);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("J’accepte la nouvelle version")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName("Mon espace"))).isVisible();
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void theLegalPagesAreReachedFromTheLoginPageAndReadWell(int width) {
        var size = new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844);
        var pages = Map.of("Mentions légales", "Mentions légales", "Politique de confidentialité", "Politique de confidentialité",
                "Conditions d’utilisation", "Conditions d’utilisation", "Accessibilité : non conforme", "Déclaration d’accessibilité");
        try (var context = newContext(size)) {
            var page = context.newPage();
            pages.forEach((link, heading) -> {
                page.navigate(url("login"));
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(link)).click();
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName(heading))).isVisible();
                assertNoAccessibilityViolation(page);
                noHorizontalScrolling(page);
                if (heading.equals("Mentions légales")) {
                    org.assertj.core.api.Assertions.assertThat(page.content()).as("the demo's settings, accents included")
                            .contains("Association Alliances Démo (exemple)", "Hébergeur de démonstration (exemple)");
                }
                screenshot(page, "legal-" + page.url().substring(page.url().lastIndexOf('/') + 1) + "-" + width);
            });
        }
    }

    /** A new organisation with its responsable, address proven; returns the address. */
    private String registered(OrganizationRegistration organization) {
        var email = TestData.email("journey");
        accounts.register(organization, new AccountService.Credentials(email, TestData.PASSWORD, TestData.PASSWORD));
        jdbc.update("update accounts_user set email_confirmed_at = now() where email = ?", email);
        return email;
    }
}
