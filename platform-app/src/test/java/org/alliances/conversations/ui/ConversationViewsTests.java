package org.alliances.conversations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.conversations.ConversationPairs;
import org.alliances.conversations.Conversations;
import org.alliances.conversations.PartnershipDocuments;
import org.alliances.kernel.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The conversations' screens without a browser: "Messages" with the unread count (also in the menu and on "Mon
 * espace"), a conversation written in with its refusals at the field, a closed or someone else's conversation, and a
 * partnership's documents (a refused file says why and stores nothing; deleting asks first).
 */
@SpringBootTest
@Import({TestSupport.class, ConversationPairs.class})
class ConversationViewsTests extends SpringBrowserlessTest {

    @Autowired ConversationPairs pairs;
    @Autowired Conversations conversations;
    @Autowired PartnershipDocuments documents;
    @Autowired TestMembers members;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void messagesListsTheConversationWithWhatIsUnreadAndTheMenuAndHomeCountIt() {
        var pair = pairs.interest("Association aux messages", "Entreprise aux messages");
        SignIn.as(pair.association(), "ASSOCIATION");
        var list = navigate(MessagesView.class);
        assertThat(list.list.getElement().getTextRecursively()).contains("Entreprise aux messages", "Transporter des bacs",
                "Nous avons une camionnette.", "1 non lu");
        assertThat(menuCount("Messages")).isEqualTo("1");
        navigate("", com.vaadin.flow.component.Component.class);
        assertThat(find(com.vaadin.flow.component.html.ListItem.class).all()).anySatisfy(item ->
                assertThat(item.getElement().getTextRecursively()).contains("1 message non lu de vos partenaires"));

        list = navigate(MessagesView.class);
        list.search.setValue("vélo");
        test(list.find).click();
        assertThat(list.empty.getText()).isEqualTo("Aucune conversation ne correspond à cette recherche.");
        assertThat(list.empty.isVisible()).isTrue();
        list.search.setValue("camionnette");
        test(list.find).click();
        assertThat(list.list.getChildren().count()).isEqualTo(1);
        assertThat(list.next.getParent().orElseThrow().isVisible()).as("one page only").isFalse();
    }

    @Test
    void aConversationIsWrittenInAndRefusesAnEmptyMessageAtItsField() {
        var pair = pairs.interest("Association qui répond", "Entreprise qui écrit à l’écran");
        SignIn.as(pair.association(), "ASSOCIATION");
        var view = navigate("conversation/" + pair.conversation(), ConversationView.class);
        assertThat(view.title.getText()).isEqualTo("Conversation avec Entreprise qui écrit à l’écran");
        assertThat(view.about.getText()).isEqualTo("À propos du besoin « Transporter des bacs »");
        test(view.send).click();
        assertThat(view.body.isInvalid()).isTrue();
        assertThat(view.body.getErrorMessage()).isEqualTo("Écrivez votre message.");
        view.body.setValue("Rendez-vous samedi : https://exemple.fr/plan.");
        test(view.send).click();
        assertThat(view.body.getValue()).isEmpty();
        assertThat(view.messages.getChildren().count()).isEqualTo(2);
        assertThat(view.messages.getElement().getTextRecursively()).contains("Rendez-vous samedi : https://exemple.fr/plan.");
        assertThat(view.messages.getElement().toString()).contains("href=\"https://exemple.fr/plan\"");
        assertThat(conversations.unread()).isZero();

        navigate("conversation/interet/" + pair.interest().id(), ConversationView.class);
        assertThat($(H1.class).all()).anySatisfy(h1 -> assertThat(h1.getText()).isEqualTo("Conversation avec Entreprise qui écrit à l’écran"));

        SignIn.as(members.newCompany("Entreprise indiscrète à l’écran", "69123"), "COMPANY");
        var other = navigate("conversation/" + pair.conversation(), ConversationView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Conversation introuvable");
        assertThat(other.messages.getChildren().count()).isZero();
        navigate("conversation/pas-un-identifiant", ConversationView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Conversation introuvable");
    }

    @Test
    void aPartnershipsDocumentsAreAddedRefusedAndDeletedAfterConfirming() {
        var pair = pairs.interest("Association aux documents", "Entreprise aux documents");
        pairs.partnership(pair);
        SignIn.as(pair.association(), "ASSOCIATION");
        var view = navigate("conversation/" + pair.conversation(), ConversationView.class);
        assertThat(view.documents.isVisible()).isTrue();
        view.documents.add("photo.pdf", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13});
        assertThat(view.documents.uploadError.isVisible()).isTrue();
        assertThat(view.documents.uploadError.getText()).startsWith("Le contenu de ce fichier ne correspond pas à son extension");
        assertThat(documents.of(pair.conversation())).isEmpty();

        view.documents.add("compte-rendu.pdf", "%PDF-1.4\n%%EOF\n".getBytes());
        assertThat(view.documents.uploadError.isVisible()).isFalse();
        assertThat(view.documents.list.getElement().getTextRecursively()).contains("compte-rendu.pdf", "ajouté le");
        var delete = $(com.vaadin.flow.component.button.Button.class, view.documents.list).all().stream()
                .filter(button -> button.getText().equals("Supprimer")).findFirst().orElseThrow();
        test(delete).click();
        assertThat(view.documents.confirmation).isNotNull();
        assertThat(documents.of(pair.conversation())).as("nothing deleted before confirming").hasSize(1);
        test($(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class).single()).confirm();
        assertThat(documents.of(pair.conversation())).isEmpty();
        assertThat(view.documents.list.getElement().getTextRecursively()).contains("Aucun document partagé pour l’instant.");

        SignIn.as(pair.company(), "COMPANY");
        var company = navigate("conversation/partenariat/" + conversations.find(pair.conversation()).orElseThrow().partnershipId(),
                ConversationView.class);
        assertThat(company.title.getText()).isEqualTo("Conversation avec Association aux documents");
    }

    private String menuCount(String label) {
        var item = $(SideNavItem.class).all().stream().filter(found -> found.getLabel().equals(label)).findFirst().orElseThrow();
        return item.getSuffixComponent() == null ? "" : item.getSuffixComponent().getElement().getText();
    }
}
