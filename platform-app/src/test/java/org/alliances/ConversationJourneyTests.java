package org.alliances;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.alliances.conversations.Conversations;
import org.junit.jupiter.api.condition.EnabledIf;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two partners talking in a real browser, each in a window of their own, on a desktop and on a phone: the company writes
 * (Enter sends, Shift+Enter goes to the line) and the association's open window shows the message without a reload
 * (server push); the association answers with a document, which appears in the company's window and downloads as it
 * was sent; the draft agreement is prepared, downloaded and its text read. Every screen passes axe-core.
 */
@EnabledIf(value = "chromiumInstalled", disabledReason = "Browser tests skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH (apt-get install chromium)")
class ConversationJourneyTests extends BrowserJourneys {

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void theCompanyWritesTheAssociationSeesItAtOnceAndAnswersWithADocument(int width) throws IOException {
        var size = new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844).setAcceptDownloads(true);
        try (var companyWindow = newContext(size); var associationWindow = newContext(size)) {
            var association = associationWindow.newPage();
            association.navigate(url("login"));
            logIn(association, "association@demo.alliances.fr", PASSWORD);
            assertThat(association.locator("h1").first()).isVisible();
            association.navigate(url("messages"));
            assertThat(association.locator(".conversation-line").first()).isVisible();
            assertNoAccessibilityViolation(association);
            screenshot(association, "conversation-list-association-" + width);
            association.locator(".conversation-line", new Page.LocatorOptions().setHasText("Rhône Logistique Solidaire"))
                    .filter(new Locator.FilterOptions().setHasText("Partenariat")).first()
                    .locator("a[href^='conversation/']").click();
            association.waitForURL("**/conversation/**");
            assertThat(association.locator(".message").first()).isVisible();
            var conversation = association.url().substring(association.url().indexOf("conversation/"));

            var company = companyWindow.newPage();
            company.navigate(url("login"));
            logIn(company, "entreprise@demo.alliances.fr", PASSWORD);
            assertThat(company.locator("h1").first()).isVisible();
            company.navigate(url(conversation));
            assertThat(company.locator("h1")).containsText("Conversation avec");
            assertNoAccessibilityViolation(company);
            noHorizontalScrolling(company);

            var words = "Bonjour, rendez-vous samedi à " + width + " px ?";
            var field = company.getByLabel("Votre message");
            field.fill("Première ligne " + width);
            field.press("Shift+Enter");
            field.pressSequentially("Seconde ligne, voir https://exemple.fr/plan");
            field.press("Enter");
            assertThat(company.locator(".message").last()).containsText("Seconde ligne");
            field.fill(words);
            field.press("Enter");
            assertThat(field).hasValue("");
            // the longest message reaches the other window through push connection buffers smaller than it (written in several passes)
            var longest = ("Compte rendu détaillé à " + width + " px, étape après étape. ").repeat(200).substring(0, Conversations.BODY.max());
            field.fill(longest);
            field.press("Enter");
            assertThat(field).hasValue("");
            var longReceived = association.locator(".message", new Page.LocatorOptions().setHasText(longest.substring(0, 60)));
            assertThat(longReceived).isVisible();
            org.assertj.core.api.Assertions.assertThat(longReceived.locator(".message-body").innerText()).isEqualTo(longest);

            var received = association.locator(".message", new Page.LocatorOptions().setHasText(words));
            assertThat(received).isVisible();
            var twoLines = association.locator(".message", new Page.LocatorOptions().setHasText("Première ligne " + width));
            org.assertj.core.api.Assertions.assertThat(twoLines.locator(".message-body").innerText())
                    .isEqualTo("Première ligne " + width + "\nSeconde ligne, voir https://exemple.fr/plan");
            assertThat(twoLines.locator("a[href='https://exemple.fr/plan']")).hasAttribute("rel", "noopener noreferrer nofollow");
            assertThat(association.locator(".message").last().locator(".message-signature")).containsText("Rhône Logistique Solidaire");
            screenshot(association, "conversation-received-" + width);

            var report = Files.createTempFile("compte-rendu-" + width, ".pdf");
            var sent = ("%PDF-1.4\n% compte rendu " + width + "\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n").getBytes();
            Files.write(report, sent);
            association.getByLabel("Votre message").fill("Voici le compte rendu " + width + ".");
            association.getByLabel("Votre message").press("Enter");
            assertThat(association.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Choisir un fichier…"))).isVisible();
            association.locator("vaadin-upload input[type=file]").setInputFiles(report);
            var fileName = report.getFileName().toString();
            assertThat(association.locator(".document", new Page.LocatorOptions().setHasText(fileName))).isVisible();
            assertNoAccessibilityViolation(association);
            noHorizontalScrolling(association);

            var shared = company.locator(".document", new Page.LocatorOptions().setHasText(fileName));
            assertThat(shared).isVisible();
            assertThat(company.locator(".message", new Page.LocatorOptions().setHasText("Voici le compte rendu " + width + "."))).isVisible();
            Download download = company.waitForDownload(() -> shared.locator("a").first().click());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo(fileName);
            org.assertj.core.api.Assertions.assertThat(Files.readAllBytes(download.path())).isEqualTo(sent);
            screenshot(company, "conversation-document-" + width);

            Locator agreements = company.locator(".document", new Page.LocatorOptions().setHasText("convention-de-partenariat-"));
            int before = agreements.count();
            company.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Préparer un projet de convention de partenariat (PDF)")).click();
            assertThat(agreements).hasCount(before + 1);
            Locator agreement = agreements.first();
            Download draft = company.waitForDownload(() -> agreement.locator("a").first().click());
            org.assertj.core.api.Assertions.assertThat(draft.suggestedFilename()).startsWith("convention-de-partenariat-").endsWith(".pdf");
            org.assertj.core.api.Assertions.assertThat(PdfText.of(Files.readAllBytes(draft.path()))).contains("Projet de convention de partenariat",
                    "Les Jardins partagés de la Croix-Rousse", "W691000017", "Rhône Logistique Solidaire", "Article 3 – Engagements de chaque partenaire", "Fait en deux exemplaires");
            assertThat(association.locator(".document", new Page.LocatorOptions().setHasText("convention-de-partenariat-")).first()).isVisible();
            screenshot(association, "conversation-agreement-" + width);
        }
    }
}
