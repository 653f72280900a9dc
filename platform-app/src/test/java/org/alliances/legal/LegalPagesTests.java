package org.alliances.legal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Section;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.kernel.Retention;
import org.alliances.kernel.ui.LegalLinks;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The legal pages open for anyone, in French and English, fill in the operator's settings (or say they are missing),
 * state the very retention periods the purges apply, and are linked from the login page and from every page's menu.
 */
@SpringBootTest(properties = {"alliances.legal.publisher=Association Éditrice de test", "alliances.legal.host=Hébergeur de test"})
@Import(TestSupport.class)
class LegalPagesTests extends SpringBrowserlessTest {

    @Autowired TestMembers members;

    @BeforeEach
    void french() {
        UI.getCurrent().setLocale(Locale.FRENCH);
    }

    @Test
    void aVisitorReadsEachPageWithTheOperatorsSettings() {
        var notice = page(LegalLinks.NOTICE);
        assertThat(notice).contains("Mentions légales", "Association Éditrice de test", "Hébergeur de test")
                .contains("(à renseigner par l’exploitant de la plateforme)");

        var privacy = page(LegalLinks.PRIVACY);
        assertThat(privacy).contains("Politique de confidentialité", "Responsable du traitement", "Combien de temps nous les gardons",
                "les notifications, lues ou non : " + Retention.days(Retention.NOTIFICATIONS) + " jours",
                Retention.days(Retention.LINKS_AFTER_USE) + " jours après qu’ils ne sont plus utilisables", "CNIL",
                "les archives « Mes données » que vous préparez : " + Retention.days(Retention.ARCHIVES) + " jours",
                "n’utilise qu’un cookie, celui de la session");
        assertThat(find(Section.class).all().stream().map(Section::getId).flatMap(java.util.Optional::stream)).contains("cookies");

        assertThat(page(LegalLinks.TERMS)).contains("Conditions d’utilisation", "Version du 4 décembre 2026", "Modération");
        assertThat(page(LegalLinks.ACCESSIBILITY)).contains("Déclaration d’accessibilité", "non conforme", "RGAA 4.1",
                "09 69 39 00 00", "Libre réponse 71120");
        assertThat(notice + privacy).doesNotContain("legal.").doesNotContain("{0}").doesNotContain("{2}");
    }

    @Test
    void thePagesReadInEnglish() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(page(LegalLinks.PRIVACY)).contains("Privacy policy", "How long we keep it", "notifications, read or not: 365 days");
        assertThat(page(LegalLinks.ACCESSIBILITY)).contains("Accessibility statement", "not compliant");
        assertThat(page(LegalLinks.NOTICE)).contains("Legal notice", "(to be given by the operator of the platform)");
    }

    @Test
    void theLoginPageLinksToEveryLegalPage() {
        UI.getCurrent().navigate("login");
        expectLinks();
    }

    @Test
    @WithMockUser(username = TestMembers.ASSOCIATION, roles = "ASSOCIATION")
    void aMemberFindsTheLinksAtTheFootOfTheMenu() {
        members.ensureExist();
        UI.getCurrent().navigate("partenariats");
        expectLinks();
    }

    private void expectLinks() {
        var links = find(Anchor.class).all().stream().map(Anchor::getHref).toList();
        assertThat(links).contains(LegalLinks.NOTICE, LegalLinks.PRIVACY, LegalLinks.TERMS, LegalLinks.ACCESSIBILITY);
        assertThat(find(Anchor.class).all().stream().map(Anchor::getText)).contains("Accessibilité : non conforme");
    }

    private String page(String route) {
        UI.getCurrent().navigate(route);
        return find(Component.class).all().stream().map(component -> component.getElement().getText())
                .filter(text -> !text.isBlank()).collect(Collectors.joining("\n"));
    }
}
