package org.alliances.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.test.context.support.WithMockUser;

/** The shell as each role sees it: its menu, "Mon espace", and the typology page. */
@SpringBootTest
@Import(TestSupport.class)
class ShellViewsTests extends SpringBrowserlessTest {

    @Autowired TestMembers members;

    @BeforeEach
    void members() {
        members.ensureExist();
    }

    @Test
    @WithMockUser(username = TestMembers.ASSOCIATION, roles = "ASSOCIATION")
    void anAssociationLandsOnItsSpaceWithAMenuOfWhatItMayOpen() {
        var home = navigate(HomeView.class);
        assertThat(find(H1.class).all().getFirst().getText()).isEqualTo("Mon espace — Association de test");
        assertThat(home.waiting.getElement().getTextRecursively()).as("what waits, with a link to act")
                .contains("Faites votre diagnostic de maturité");
        assertThat(home.nothingWaits.isVisible()).isFalse();
        assertThat(menu()).as("in the order of the journey").containsSubsequence("Mon espace", "Les partenariats", "Mon diagnostic",
                "Mes besoins", "Partenaires possibles", "Intérêts", "Mes partenariats", "Bibliothèque");
        assertThat(menu()).contains("Mon espace", "Les partenariats", "Notifications")
                .doesNotContain("Demandes d'accès", "Comptes");
        assertThat(find(Div.class).all()).anySatisfy(div -> assertThat(div.getClassNames()).contains("who"));
    }

    @Test
    @WithMockUser(username = TestMembers.ADMIN, roles = "ADMIN")
    void anAdminSeesTheAdministrationInTheMenu() {
        navigate(HomeView.class);
        assertThat(menu()).contains("Mon espace", "Demandes d'accès", "Comptes");
    }

    @Test
    @WithMockUser(username = TestMembers.LOCAL_AUTHORITY, roles = "LOCAL_AUTHORITY")
    void aLocalAuthoritySeesItsTerritory() {
        navigate(HomeView.class);
        assertThat(find(ListItem.class).all()).anySatisfy(item -> assertThat(item.getText()).startsWith("Partenariats commencés :")
                .contains("(ce mois-ci :"));
        assertThat(find(Paragraph.class).all()).anySatisfy(p -> assertThat(p.getText()).startsWith("Rhône (Département) :"));
        assertThat(find(ListItem.class).all()).anySatisfy(item -> assertThat(item.getText()).isEqualTo("Région : Auvergne-Rhône-Alpes"));
    }

    @Test
    @WithMockUser(username = TestMembers.COMPANY, roles = "COMPANY")
    void theTypologyPageIsGeneratedFromTheKernel() {
        navigate(TypologyView.class);
        var cards = find(Div.class).all().stream().filter(div -> div.getClassNames().contains("category")).toList();
        assertThat(cards).hasSize(4);
        var models = find(ListItem.class).all().stream().filter(item -> item.getElement().hasAttribute("data-model")).toList();
        assertThat(models).hasSize(9);
        assertThat(models.get(2).getElement().getTextRecursively()).startsWith("Partage d'expertise — Mécénat + Innovation sociétale.")
                .contains("Modèle à la croisée de deux catégories");
        var line = find(Html.class).all().stream().map(html -> html.getInnerHtml()).filter(svg -> svg.contains("typology-line"))
                .findFirst().orElseThrow();
        assertThat(line.split("data-crossroads=\"true\"", -1)).hasSize(4);
        assertThat(line.split("data-entry-door=\"true\"", -1)).hasSize(3);
        assertThat(line).contains("<title id=\"line-title\">La ligne des 9 modèles de coopération</title>");
    }

    @Test
    void aVisitorCanReadTheTypologyPage() {
        navigate(TypologyView.class);
        assertThat(find(H1.class).all().getFirst().getText()).isEqualTo("Les partenariats");
    }

    @Test
    @WithMockUser(username = TestMembers.ASSOCIATION, roles = "ASSOCIATION")
    void theLanguageSwitchTurnsTheInterfaceToEnglish() {
        navigate(HomeView.class);
        org.alliances.kernel.ui.LanguageSwitch.choose(java.util.Locale.ENGLISH);
        navigate(TypologyView.class);
        assertThat(find(H1.class).all().getFirst().getText()).isEqualTo("Partnerships");
        var home = navigate(HomeView.class);
        assertThat(find(H1.class).all().getFirst().getText()).isEqualTo("My space — Association de test");
        assertThat(home.getPageTitle()).isEqualTo("My space · Alliances");
    }

    @Test
    @WithMockUser(username = TestMembers.ASSOCIATION, roles = "ASSOCIATION")
    void aRouteTheRoleMayNotOpenLooksLikeAnUnknownOneInFrench() {
        navigate("admin/comptes", NotFoundView.class);
        assertThat(find(H1.class).all().getFirst().getText()).isEqualTo("Page introuvable");
        navigate("nulle-part", NotFoundView.class);
        assertThat(find(Paragraph.class).all().getFirst().getText()).isEqualTo("Cette page n'existe pas, ou votre compte ne permet pas de l'ouvrir.");
    }

    private java.util.List<String> menu() {
        return find(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }
}
