package org.alliances.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinSession;
import org.alliances.TestMembers;
import org.alliances.TestSupport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.test.context.support.WithMockUser;

/** An action that fails unexpectedly tells the member so in French, in the window; a change made meanwhile says how to go on. */
@SpringBootTest
@Import(TestSupport.class)
class UnexpectedErrorsTests extends SpringBrowserlessTest {

    @Autowired TestMembers members;

    @BeforeEach
    void members() {
        members.ensureExist();
    }

    @Test
    @WithMockUser(username = TestMembers.ASSOCIATION, roles = "ASSOCIATION")
    void aChangeMadeMeanwhileBySomeoneElseIsExplainedInTheWindow() {
        navigate(HomeView.class);
        var changedMeanwhile = new ObjectOptimisticLockingFailureException("StoredPartnership", "4f1c…");

        handlerOfThisSession().error(new ErrorEvent(new RuntimeException("while saving", changedMeanwhile)));

        assertThat(find(Notification.class).all()).singleElement().satisfies(notice -> assertThat(test(notice).getText())
                .isEqualTo("Quelqu'un vient de modifier ces informations en même temps que vous : rien n'a été enregistré. "
                        + "Rechargez la page pour voir leur état actuel, puis recommencez."));
    }

    @Test
    @WithMockUser(username = TestMembers.ASSOCIATION, roles = "ASSOCIATION")
    void anyOtherFailureIsNeverSilent() {
        navigate(HomeView.class);

        handlerOfThisSession().error(new ErrorEvent(new IllegalStateException("a defect")));

        assertThat(find(Notification.class).all()).singleElement().satisfies(notice -> assertThat(test(notice).getText())
                .startsWith("Cette action n'a pas abouti, à cause d'une erreur de notre côté."));
    }

    /** The handler Vaadin calls for this session's failing actions: the platform's, installed when the session starts. */
    private static com.vaadin.flow.server.ErrorHandler handlerOfThisSession() {
        var handler = VaadinSession.getCurrent().getErrorHandler();
        assertThat(handler).isInstanceOf(UnexpectedErrors.class);
        return handler;
    }
}
