package org.alliances.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.VaadinSession;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.alliances.kernel.testing.SignIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/** "Mes données" prepares the archive in the background and then offers it, with its size and the day it goes. */
@SpringBootTest
@Import(TestSupport.class)
class MyDataViewTests extends SpringBrowserlessTest {

    @Autowired TestMembers members;

    @AfterEach
    void signOut() {
        SignIn.out();
    }

    @Test
    void aResponsablePreparesTheArchiveAndFindsItReadyToDownload() {
        SignIn.as(members.newAssociation("Association du téléchargement", "69123"), "ASSOCIATION");
        var view = navigate(MyDataView.class);
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.getElement().getTextRecursively()).contains("Association du téléchargement", "7 jours");

        test(view.prepare).click();
        assertThat(view.progress.isVisible()).isTrue();
        view.preparing.join();
        var session = VaadinSession.getCurrent();
        session.getService().runPendingAccessTasks(session);
        roundTrip();

        assertThat(view.progress.isVisible()).isFalse();
        assertThat(view.empty.isVisible()).isFalse();
        var link = find(Anchor.class, view.archives).single();
        assertThat(link.getText()).startsWith("Archive du").contains("Ko", "disponible jusqu’au");
        assertThat(link.getElement().hasAttribute("download")).isTrue();
    }
}
