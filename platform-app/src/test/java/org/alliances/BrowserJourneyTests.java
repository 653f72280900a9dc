package org.alliances;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.List;
import java.util.Map;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The main journey of each role in a real headless Chromium, on the demo data: the login page, a registration,
 * and "Mon espace" of each demo account. Screenshots go to target/screenshots (the README shows copies of them).
 * Skipped, saying why, where Debian's Chromium is not installed.
 */
@EnabledIf(value = "chromiumInstalled", disabledReason = "Browser tests skipped: no Chromium at /usr/bin/chromium or $CHROMIUM_PATH (apt-get install chromium)")
class BrowserJourneyTests extends BrowserJourneys {

    @Test
    void aVisitorSeesTheLoginPageInFrenchAndRegistersAnAssociation() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setLocale("en-GB"))) {
            var page = context.newPage();
            page.navigate(url("login"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Alliances"))).isVisible();
            assertThat(page.getByText("Inscrire mon association")).isVisible();
            screenshot(page, "login");

            page.getByText("Inscrire mon association").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inscrire une association"))).isVisible();
            // the way to an organisation already registered, then back
            page.getByText("Votre organisation est déjà inscrite ? Demandez à la rejoindre").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rejoindre mon organisation déjà inscrite"))).isVisible();
            assertNoAccessibilityViolation(page);
            screenshot(page, "join-organization");
            page.goBack();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Inscrire une association"))).isVisible();
            page.getByLabel("Nom de l'association").fill("Les Ruches de Gerland");
            page.getByLabel("Numéro RNA ou SIREN").fill("W693214567");
            var commune = page.getByLabel("Commune du siège");
            commune.fill("lyon 7");
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Lyon 7e Arrondissement (69)")).click();
            page.getByLabel("E-mail de contact").fill("ruches.gerland@example.org");
            page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill("les abeilles de Gerland 2026");
            page.getByLabel("Confirmez le mot de passe").fill("les abeilles de Gerland 2026");
            page.getByLabel("J’accepte les conditions d’utilisation").check();
            screenshot(page, "registration");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Créer le compte")).click();

            assertThat(page.getByText("Votre compte est créé").first()).isVisible();
            logIn(page, "ruches.gerland@example.org", "les abeilles de Gerland 2026");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mon espace — Les Ruches de Gerland"))).isVisible();

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("My space — Les Ruches de Gerland"))).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partnerships")).first()).isVisible();
            assertThat(page).hasTitle("My space · Alliances");

            // not proven yet: told why publishing is refused, then confirming through the e-mailed link
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Français")).click();
            assertThat(page.getByText("Confirmez votre adresse e-mail (ruches.gerland@example.org)")).isVisible();
            assertThat(page.getByText("vous ne pouvez ni publier")).isVisible();
            assertNoAccessibilityViolation(page);
            screenshot(page, "email-unproven");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Renvoyer le lien")).click();
            assertThat(page.getByText("Un nouveau lien vient d'être envoyé")).isVisible();
            var link = java.util.regex.Pattern.compile("/adresse/confirmer/([A-Za-z0-9_-]{43})")
                    .matcher(mails.sentTo("ruches.gerland@example.org", "confirmez votre adresse").getLast().getText());
            org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
            page.navigate(url("adresse/confirmer/" + link.group(1)));
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer mon adresse")).click();
            assertThat(page.getByText("Votre adresse e-mail est confirmée")).isVisible();
            assertNoAccessibilityViolation(page);
            page.navigate(url(""));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Mon espace");
            assertThat(page.getByText("Confirmez votre adresse e-mail")).hasCount(0);
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void aColleagueInvitedByTheResponsableJoinsAndSeesTheOrganisationsPartnerships(int width) {
        var colleague = "collegue" + width + "@example.org";
        var password = "la phrase du nouveau collègue " + width;
        var size = new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844);
        try (var context = newContext(size)) {
            var page = context.newPage();
            page.navigate(url("login"));
            logIn(page, "association@demo.alliances.fr", PASSWORD);
            page.navigate(url("membres"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Membres de");
            assertThat(page.getByText("benevole@demo.alliances.fr", new Page.GetByTextOptions().setExact(false)).first()).isVisible();
            page.getByLabel("Adresse e-mail du collègue").fill(colleague);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Inviter").setExact(true)).click();
            assertThat(page.getByText("Invitation envoyée à " + colleague)).isVisible();
            assertNoAccessibilityViolation(page);
            screenshot(page, "members-" + width);
        }
        String invitation;
        if (width == 1280) {
            // as a person trying the demo would: the admin's outbox shows the e-mail, its link opens the invitation
            try (var context = newContext(size)) {
                var page = context.newPage();
                page.navigate(url("login"));
                logIn(page, "admin@demo.alliances.fr", PASSWORD);
                page.navigate(url("admin/boite-d-envoi"));
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Boîte d'envoi (démo)"))).isVisible();
                var mail = page.locator(".outbox-mail").filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText("À " + colleague)).first();
                assertThat(mail).containsText("vous invite à rejoindre Les Jardins partagés de la Croix-Rousse");
                assertNoAccessibilityViolation(page);
                screenshot(page, "outbox");
                invitation = mail.locator("a[href*='/invitation/']").first().getAttribute("href");
                org.assertj.core.api.Assertions.assertThat(invitation).startsWith(url("invitation/"));
            }
        } else {
            var link = java.util.regex.Pattern.compile("/invitation/([A-Za-z0-9_-]{43})")
                    .matcher(mails.sentTo(colleague, "vous invite").getLast().getText());
            org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
            invitation = url("invitation/" + link.group(1));
        }
        try (var context = newContext(size)) {
            var page = context.newPage();
            page.navigate(invitation);
            assertThat(page.getByText("Vous êtes invité à rejoindre Les Jardins partagés de la Croix-Rousse")).isVisible();
            page.getByLabel("Votre nom (prénom et nom)").fill("Lou Collègue");
            page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
            page.getByLabel("Confirmez le mot de passe").fill(password);
            page.getByLabel("J’accepte les conditions d’utilisation").check();
            assertNoAccessibilityViolation(page);
            screenshot(page, "invitation-" + width);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Rejoindre l'organisation")).click();
            assertThat(page.getByText("Bienvenue ! Connectez-vous").first()).isVisible();
            logIn(page, colleague, password);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Les Jardins partagés de la Croix-Rousse");
            page.navigate(url("mes-partenariats"));
            assertThat(page.getByText("Rhône Logistique Solidaire").first()).isVisible();
            assertNoAccessibilityViolation(page);
            org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal scrolling").isTrue();
        }
    }

    @Test
    void eachDemoRoleLogsInAndLandsOnItsSpace() {
        var journeys = Map.of(
                "association", "Mon espace — Les Jardins partagés de la Croix-Rousse",
                "entreprise", "Mon espace — Rhône Logistique Solidaire",
                "collectivite", "Mon espace — Métropole de Lyon",
                "admin", "Mon espace — administration");
        journeys.forEach((who, heading) -> {
            try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
                var page = context.newPage();
                page.navigate(url(""));
                logIn(page, who + "@demo.alliances.fr", PASSWORD);
                assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(heading))).isVisible();
                assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Les partenariats")).first()).isVisible();
                if (who.equals("admin")) {
                    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demandes d'accès")).first()).isVisible();
                } else {
                    assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demandes d'accès"))).hasCount(0);
                }
                screenshot(page, "home-" + who);
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se déconnecter")).click();
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Se connecter"))).isVisible();
            }
        });
    }

    @Test
    void theAdminHearsOfTheWaitingRequestAndApprovesIt() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "admin@demo.alliances.fr", PASSWORD);
            page.locator(".bell vaadin-button").click();
            assertThat(page.getByText("Grenoble demande un accès collectivité.")).isVisible();
            screenshot(page, "bell");
            page.keyboard().press("Escape");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Demandes d'accès")).first().click();
            assertThat(page.getByText("agent.grenoble@demo.alliances.fr")).isVisible();
            screenshot(page, "access-requests");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Valider")).click();
            assertThat(page.getByText("Accès validé pour Grenoble.")).isVisible();
            assertThat(page.getByText("Aucune demande en attente.")).isVisible();

            // the decision is in the journal, which nobody can edit
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Journal")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Journal des décisions"))).isVisible();
            assertThat(page.locator("vaadin-grid-cell-content").filter(new com.microsoft.playwright.Locator.FilterOptions()
                    .setHasText("Accès validé")).first()).isVisible();
            assertNoAccessibilityViolation(page);
            screenshot(page, "journal");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rattachements")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Demandes de rattachement"))).isVisible();
            assertNoAccessibilityViolation(page);
        }
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "agent.grenoble@demo.alliances.fr", PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mon espace — Grenoble"))).isVisible();
        }
    }

    @Test
    void aMemberDeactivatedWhileSignedInIsLoggedOutAtTheNextClick() {
        try (var memberContext = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900));
             var adminContext = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            var member = memberContext.newPage();
            member.navigate(url(""));
            logIn(member, "association7@demo.alliances.fr", PASSWORD);
            assertThat(member.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Mon espace");

            var admin = adminContext.newPage();
            admin.navigate(url("admin/comptes"));
            logIn(admin, "admin@demo.alliances.fr", PASSWORD);
            admin.locator("input[placeholder='Filtrer par e-mail ou organisation']").fill("association7@");
            var deactivate = admin.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Désactiver"));
            assertThat(deactivate).hasCount(1);
            deactivate.click();
            assertThat(admin.getByText("ne pourra plus se connecter")).isVisible();
            admin.getByRole(AriaRole.ALERTDIALOG).getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Désactiver")).click();
            assertThat(admin.getByText("Compte association7@demo.alliances.fr désactivé.")).isVisible();

            // the click shows the login page, then the ended session reloads it once
            member.waitForRequest(request -> request.isNavigationRequest(),
                    () -> member.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Les partenariats")).first().click());
            member.waitForLoadState(com.microsoft.playwright.options.LoadState.NETWORKIDLE);
            assertThat(member.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Connexion"))).isVisible();
            logIn(member, "association7@demo.alliances.fr", PASSWORD);
            assertThat(member.getByText("Compte inactif")).isVisible();
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void aMemberWhoForgotTheirPasswordChoosesANewOneThroughTheEmailedLinkAndSignsIn(int width) {
        var email = width == 1280 ? "association9@demo.alliances.fr" : "association10@demo.alliances.fr";
        var password = "une nouvelle phrase du jardin " + width;
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844))) {
            var page = context.newPage();
            page.navigate(url("login"));
            assertNoAccessibilityViolation(page);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mot de passe oublié ?")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mot de passe oublié"))).isVisible();
            page.getByLabel("Adresse e-mail").fill(email);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Recevoir le lien")).click();
            assertThat(page.getByText("Si un compte existe pour cette adresse")).isVisible();
            assertNoAccessibilityViolation(page);
            screenshot(page, "password-forgotten-" + width);

            var link = java.util.regex.Pattern.compile("/mot-de-passe/nouveau/([A-Za-z0-9_-]{43})")
                    .matcher(mails.sentTo(email).getLast().getText());
            org.assertj.core.api.Assertions.assertThat(link.find()).isTrue();
            page.navigate(url("mot-de-passe/nouveau/" + link.group(1)));
            page.getByLabel("Mot de passe", new Page.GetByLabelOptions().setExact(true)).fill(password);
            page.getByLabel("Confirmez le mot de passe").fill(password);
            assertNoAccessibilityViolation(page);
            screenshot(page, "password-new-" + width);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Enregistrer le mot de passe")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Connexion"))).isVisible();
            logIn(page, email, password);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1))).containsText("Mon espace");
            org.assertj.core.api.Assertions.assertThat((Boolean) page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"))
                    .as("no horizontal scrolling").isTrue();
        }
    }

    @ParameterizedTest(name = "{0} px wide")
    @ValueSource(ints = {1280, 390})
    void theKeyboardFirstReachesSkipToContentAndThePhoneHeaderKeepsBellLanguageAndLogout(int width) {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(width, width == 1280 ? 900 : 844))) {
            var page = context.newPage();
            page.navigate(url("login"));
            logIn(page, "association@demo.alliances.fr", PASSWORD);
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1).setName(
                    java.util.regex.Pattern.compile("^Mon espace")))).isVisible();
            page.keyboard().press("Tab");
            org.assertj.core.api.Assertions.assertThat(page.evaluate("document.activeElement.textContent")).isEqualTo("Aller au contenu");
            assertThat(page.locator(".skip-link")).isVisible();
            page.keyboard().press("Enter");
            org.assertj.core.api.Assertions.assertThat(page.evaluate("document.activeElement.id")).isEqualTo("contenu");
            for (var name : List.of("Se déconnecter", "FR — français", "EN — English")) {
                assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name))).isVisible();
            }
            assertThat(page.locator(".bell")).isVisible();
            noHorizontalScrolling(page);
            assertNoAccessibilityViolation(page);
            screenshot(page, "home-association-" + width);
        }
    }

    @Test
    void theTypologyPageDrawsTheLineOfModels() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            var page = context.newPage();
            page.navigate(url("partenariats"));
            assertThat(page.locator("svg.typology-line g.model")).hasCount(9);
            assertThat(page.locator("svg.typology-line g[data-crossroads=true]")).hasCount(3);
            page.locator("svg.typology-line").scrollIntoViewIfNeeded();
            screenshot(page, "typology");
        }
    }

    @Test
    void anAssociationTakesTheDiagnosisStepByStepAndReadsItsResult() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "association3@demo.alliances.fr", PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mon diagnostic")).first().click();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Commencer le diagnostic")).click();
            assertThat(page.getByText("Étape 1 sur 6 : Votre expérience des partenariats")).isVisible();

            next(page, "Enregistrer et continuer");
            assertThat(page.getByText("Répondez à cette question pour continuer.").first()).isVisible();
            screenshot(page, "diagnosis-missing-answer");

            choose(page, "Une ou deux actions ponctuelles", "Un soutien ou un don");
            next(page, "Enregistrer et continuer");
            assertThat(page.getByText("Étape 2 sur 6 : Stratégie et gouvernance")).isVisible();
            choose(page, "Des occasions saisies au cas par cas", "Une personne, quand elle en a le temps");
            next(page, "Enregistrer et continuer");
            choose(page, "Quelques heures par mois", "Des moyens ponctuels, selon les occasions", "Un projet d'intérêt général à soutenir",
                    "Des missions pour des salariés bénévoles");
            screenshot(page, "diagnosis-step");
            next(page, "Enregistrer et continuer");
            choose(page, "Quelques-uns, de nom", "Une relation surtout formelle (convention, reçu fiscal)");
            next(page, "Enregistrer et continuer");
            choose(page, "De manière informelle", "Un bilan pour nos instances");
            next(page, "Enregistrer et continuer");
            assertThat(page.getByText("Étape 6 sur 6 : Vos objectifs prioritaires")).isVisible();
            choose(page, "Financer notre projet", "Mobiliser de nouveaux bénévoles");
            next(page, "Voir mon résultat");

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Votre niveau de maturité : Expérimentation"))).isVisible();
            assertThat(page.getByText("Votre objectif « Financer notre projet » (+9 points)")).isVisible();
            assertThat(page.locator("svg.diagnosis-chart title")).hasText("Score de maturité sur chacun des cinq axes, sur 100");
            assertThat(page).hasTitle("Résultat du diagnostic · Alliances");
            screenshot(page, "diagnosis-result");
            var download = page.waitForDownload(() -> page.getByText("Télécharger le rapport (PDF)").click());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).startsWith("diagnostic-").endsWith(".pdf");
        }
    }

    @Test
    void theDemoCompanyComparesItsDiagnosisWithTheAssociationThatSharesIt() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "entreprise@demo.alliances.fr", PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes diagnostics")).first().click();
            assertThat(page.getByText("Les Jardins partagés de la Croix-Rousse")).isVisible();
            assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comparer"))).isVisible();
            screenshot(page, "diagnosis-history");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Comparer")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Nos diagnostics côte à côte"))).isVisible();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Les modèles qui vous conviennent à tous les deux"))).isVisible();
            screenshot(page, "diagnosis-comparison");
        }
    }

    @Test
    void theDemoAssociationSeesItsPossiblePartnersAndAcceptsTheCompanysInterest() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "association@demo.alliances.fr", PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partenaires possibles")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Rhône Logistique Solidaire"))).isVisible();
            assertThat(page.getByText("thème commun : Environnement").first()).isVisible();
            screenshot(page, "matching-partners");

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Intérêts")).first().click();
            assertThat(page.getByText("Nos équipes peuvent venir quatre samedis", new Page.GetByTextOptions().setExact(false))).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Accepter")).first().click();
            assertThat(page.getByText("Accepter l'intérêt de Rhône Logistique Solidaire ?")).isVisible();
            page.waitForTimeout(500); // the dialog's opening animation, for the screenshot only
            screenshot(page, "matching-accept");
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Accepter")).click();
            assertThat(page.getByText("Partenariat confirmé avec Rhône Logistique Solidaire.")).isVisible();
        }
    }

    @Test
    void aDemoCompanyFindsANeedAndSaysItIsInterested() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "entreprise@demo.alliances.fr", PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Partenaires possibles")).first().click();
            assertThat(page.getByText("Score :").first()).isVisible();
            screenshot(page, "matching-needs-for-company");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Voir le besoin")).first().click();
            page.getByLabel("Votre message à l'association (facultatif)").fill("Nous pouvons vous aider dès le mois prochain.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Je suis intéressé")).click();
            assertThat(page.getByText("Votre intérêt est transmis à l'association.")).isVisible();
            screenshot(page, "matching-need");
        }
    }

    @Test
    void theDemoAssociationFollowsItsPartnershipAndSeesWhereItCouldGoNext() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "association@demo.alliances.fr", PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes partenariats")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mes partenariats"))).isVisible();
            assertThat(page.locator("vaadin-grid.partnership-grid").getByText("Terminé — votre bilan est attendu")).isVisible();
            screenshot(page, "partnerships-list");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Rhône Logistique Solidaire")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Partenariat avec Rhône Logistique Solidaire"))).isVisible();
            assertThat(page.getByText("Étape : Évaluation", new Page.GetByTextOptions().setExact(false))).isVisible();
            screenshot(page, "partnership");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Contributions")).click();
            assertThat(page.getByText("Apporté par Rhône Logistique Solidaire :")).isVisible();
            screenshot(page, "partnership-contributions");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Double impact")).click();
            assertThat(page.getByText("Impact : Intérêt général")).isVisible();
            screenshot(page, "partnership-impact");
            page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Cheminement")).click();
            assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Ligne des neuf modèles")))).isVisible();
            assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Évoluer vers « Engagement actif »"))).isVisible();
            screenshot(page, "partnership-journey");
        }
    }

    @Test
    void theDemoCompanyConfirmsAPartnershipAnAssociationDeclared() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "entreprise@demo.alliances.fr", PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Mes partenariats")).first().click();
            page.locator("vaadin-grid.partnership-grid").getByText("À confirmer — à confirmer par vous").click();
            assertThat(page.getByText("a déclaré ce partenariat avec vous", new Page.GetByTextOptions().setExact(false))).isVisible();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Confirmer le partenariat")).click();
            page.getByRole(AriaRole.DIALOG).getByLabel("Note (ce qui a été décidé, pourquoi)").fill("Deux journées prévues au printemps");
            page.waitForTimeout(500); // the dialog's opening animation, for the screenshot only
            screenshot(page, "partnership-confirm");
            page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Confirmer le partenariat")).click();
            assertThat(page.getByText("Le partenariat est maintenant à l'étape « Mise en œuvre ».")).isVisible();
            assertThat(page.getByText("Étape : Mise en œuvre", new Page.GetByTextOptions().setExact(false))).isVisible();
        }
    }

    @Test
    void aMemberSearchesTheLibraryInFrenchAndOpensAResource() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "entreprise@demo.alliances.fr", PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Bibliothèque")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bibliothèque"))).isVisible();
            page.getByLabel("Mots à chercher").fill("partenariats qui changent le monde");
            page.getByLabel("Mots à chercher").press("Enter");
            var result = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Les partenariats qui changent le monde — MOOC ESSEC – Le RAMEAU"));
            assertThat(result).isVisible();
            assertThat(page.locator("mark").first()).isVisible();
            screenshot(page, "library");
            result.click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Les partenariats qui changent le monde — MOOC ESSEC – Le RAMEAU"))).isVisible();
            assertThat(page.getByText("Auteurs : ESSEC Business School, Le RAMEAU")).isVisible();
            screenshot(page, "library-resource");
        }
    }

    @Test
    void theDemoLocalAuthorityWatchesItsTerritoryAndTheAdminDrillsDownFromTheMap() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "collectivite@demo.alliances.fr", PASSWORD);
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Observatoire")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Observatoire — Métropole de Lyon"))).isVisible();
            assertThat(page.getByRole(AriaRole.GROUP, new Page.GetByRoleOptions().setName(java.util.regex.Pattern.compile("^Carte : ")))).isVisible();
            screenshot(page, "observatory-authority");
            page.locator("#table-partnerships-by-model").scrollIntoViewIfNeeded();
            screenshot(page, "observatory-chart");
            var download = page.waitForDownload(() -> page.locator("#table-needs a:text('CSV')").click());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("alliances-E200046977-needs.csv");
            page.navigate(url("observatoire/D38"));
            assertThat(page.getByText("Ce territoire n'est pas le vôtre")).isVisible();
        }
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            var page = context.newPage();
            page.navigate(url(""));
            logIn(page, "admin@demo.alliances.fr", PASSWORD);
            page.navigate(url("observatoire"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Observatoire — France"))).isVisible();
            screenshot(page, "observatory-country");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Auvergne-Rhône-Alpes")).first().click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Observatoire — Auvergne-Rhône-Alpes"))).isVisible();
            screenshot(page, "observatory-region");
            page.locator("path[data-insee='69']").click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Observatoire — Rhône"))).isVisible();
            screenshot(page, "observatory-department");
        }
    }

    @Test
    void aVisitorFindsTheOpenDataFromTheLoginPage() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 1000))) {
            var page = context.newPage();
            page.navigate(url(""));
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Les données ouvertes des partenariats, par territoire")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Données ouvertes des partenariats"))).isVisible();
            assertThat(page.getByText("partnerships-by-model.csv").first()).isVisible();
            screenshot(page, "open-data");
            var json = context.request().get(url("api/open-data/areas/D69/tables/partnerships-by-stage.json"));
            org.assertj.core.api.Assertions.assertThat(json.status()).isEqualTo(200);
            org.assertj.core.api.Assertions.assertThat(json.text()).contains("\"stage\":\"EVALUATION\"");
        }
    }

    private static void choose(Page page, String... labels) {
        for (var label : labels) {
            page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).check();
        }
    }

    private static void next(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button)).click();
    }

    @Test
    void theContentSecurityPolicyCheckSeesAViolationWhenThereIsOne() {
        try (var context = newContext(new Browser.NewContextOptions().setViewportSize(1280, 900))) {
            var page = context.newPage();
            page.navigate(url("login"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Alliances"))).isVisible();
            page.evaluate("() => { const image = document.createElement('img'); image.src = 'https://example.org/tracker.png';"
                    + " document.body.appendChild(image); }");
            page.waitForTimeout(500);
            org.assertj.core.api.Assertions.assertThat(policyViolations).anySatisfy(violation ->
                    org.assertj.core.api.Assertions.assertThat(violation).contains("img-src"));
            policyViolations.clear();
        }
    }

    @Test
    void theAccessibilityCheckFindsAViolationWhenThereIsOne() {
        try (var context = browser.newContext()) {
            var page = context.newPage();
            page.setContent("<html lang='fr'><head><title>t</title></head><body><main><img src='x.png'></main></body></html>");
            var results = new com.deque.html.axecore.playwright.AxeBuilder(page)
                    .withTags(List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa")).analyze();
            org.assertj.core.api.Assertions.assertThat(results.getViolations()).extracting(violation -> violation.getId()).contains("image-alt");
        }
    }

}
